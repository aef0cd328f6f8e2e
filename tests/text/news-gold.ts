/**
 * News-prose gold: sentences written for this project in the register of Workers' Daily (datelines,
 * figures with units and measure words, person names with polyphonic surnames, verb + 到了, 为 / 地 /
 * 得 / 着 in context), not taken from the seed texts or any article. `pinyin` is the reading of every
 * Han character in order, each syllable checked by hand against 现代汉语词典 usage; words CC-CEDICT
 * writes with a neutral tone keep it (困难 kùnnan, 告诉 gàosu), 一 and 不 carry citation tones.
 */
export interface NewsGold {
  sentence: string;
  pinyin: string;
}

export const NEWS_GOLD: NewsGold[] = [
  {
    sentence:
      '本报北京3月12日电（记者郭大为）记者从人力资源和社会保障部获悉，今年前两个月全国城镇新增就业一百二十万人，同比增长3.5%。',
    pinyin:
      'běn bào běi jīng yuè rì diàn jì zhě guō dà wéi jì zhě cóng rén lì zī yuán hé shè huì bǎo zhàng bù huò xī jīn nián qián liǎng gè yuè quán guó chéng zhèn xīn zēng jiù yè yī bǎi èr shí wàn rén tóng bǐ zēng zhǎng',
  },
  {
    sentence: '人社部有关负责人表示，下一步将继续实施就业优先政策，为高校毕业生、农民工等重点群体提供更多岗位。',
    pinyin:
      'rén shè bù yǒu guān fù zé rén biǎo shì xià yī bù jiāng jì xù shí shī jiù yè yōu xiān zhèng cè wèi gāo xiào bì yè shēng nóng mín gōng děng zhòng diǎn qún tǐ tí gōng gèng duō gǎng wèi',
  },
  {
    sentence: '在江苏省苏州市一家新能源企业的生产车间里，工人们正忙着调试新设备，机器运转得十分平稳。',
    pinyin:
      'zài jiāng sū shěng sū zhōu shì yī jiā xīn néng yuán qǐ yè de shēng chǎn chē jiān lǐ gōng rén men zhèng máng zhe tiáo shì xīn shè bèi jī qì yùn zhuǎn de shí fēn píng wěn',
  },
  {
    sentence: '“我们看到了行业发展的新机遇，也感受到了市场竞争的压力。”企业负责人覃志刚说。',
    pinyin:
      'wǒ men kàn dào le háng yè fā zhǎn de xīn jī yù yě gǎn shòu dào le shì chǎng jìng zhēng de yā lì qǐ yè fù zé rén tán zhì gāng shuō',
  },
  {
    sentence: '今年以来，该企业累计投入研发资金八千万元，新建两条智能化生产线，装机容量达到120万千瓦。',
    pinyin:
      'jīn nián yǐ lái gāi qǐ yè lěi jì tóu rù yán fā zī jīn bā qiān wàn yuán xīn jiàn liǎng tiáo zhì néng huà shēng chǎn xiàn zhuāng jī róng liàng dá dào wàn qiān wǎ',
  },
  {
    sentence: '三十五岁的技术员单晓峰在这里干了十多年，从一名普通操作工成长为车间技术骨干。',
    pinyin:
      'sān shí wǔ suì de jì shù yuán shàn xiǎo fēng zài zhè lǐ gàn le shí duō nián cóng yī míng pǔ tōng cāo zuò gōng chéng zhǎng wéi chē jiān jì shù gǔ gàn',
  },
  {
    sentence: '他告诉记者，只有不断学习新技术，才能跟上企业转型升级的步伐。',
    pinyin: 'tā gào su jì zhě zhǐ yǒu bù duàn xué xí xīn jì shù cái néng gēn shàng qǐ yè zhuǎn xíng shēng jí de bù fá',
  },
  {
    sentence: '去年，他带领团队完成了十二项技术革新，为企业节约成本五百多万元，被评为全国五一劳动奖章获得者。',
    pinyin:
      'qù nián tā dài lǐng tuán duì wán chéng le shí èr xiàng jì shù gé xīn wèi qǐ yè jié yuē chéng běn wǔ bǎi duō wàn yuán bèi píng wéi quán guó wǔ yī láo dòng jiǎng zhāng huò dé zhě',
  },
  {
    sentence: '二〇二四年1月1日起，新修订的安全生产条例正式施行，企业安全管理要求进一步提高。',
    pinyin:
      'èr líng èr sì nián yuè rì qǐ xīn xiū dìng de ān quán shēng chǎn tiáo lì zhèng shì shī xíng qǐ yè ān quán guǎn lǐ yāo qiú jìn yī bù tí gāo',
  },
  {
    sentence: '工会组织积极地开展职工技能培训，一步一步地把培训课程送到生产一线。',
    pinyin:
      'gōng huì zǔ zhī jī jí de kāi zhǎn zhí gōng jì néng péi xùn yī bù yī bù de bǎ péi xùn kè chéng sòng dào shēng chǎn yī xiàn',
  },
  {
    sentence:
      '据了解，全市已建成职工服务驿站二百八十个，为快递员、外卖送餐员等新就业形态劳动者提供休息、饮水、充电等服务。',
    pinyin:
      'jù liǎo jiě quán shì yǐ jiàn chéng zhí gōng fú wù yì zhàn èr bǎi bā shí gè wèi kuài dì yuán wài mài sòng cān yuán děng xīn jiù yè xíng tài láo dòng zhě tí gōng xiū xi yǐn shuǐ chōng diàn děng fú wù',
  },
  {
    sentence: '快递员仇海涛说：“冬天在外面跑一天，有个能喝口热水的驿站，心里觉得暖和多了。”',
    pinyin:
      'kuài dì yuán qiú hǎi tāo shuō dōng tiān zài wài miàn pǎo yī tiān yǒu gè néng hē kǒu rè shuǐ de yì zhàn xīn li jué de nuǎn huo duō le',
  },
  {
    sentence: '日前，省总工会召开会议，研究部署做好困难职工帮扶工作，要求各级工会把好事办实、把实事办好。',
    pinyin:
      'rì qián shěng zǒng gōng huì zhào kāi huì yì yán jiū bù shǔ zuò hǎo kùn nan zhí gōng bāng fú gōng zuò yāo qiú gè jí gōng huì bǎ hǎo shì bàn shí bǎ shí shì bàn hǎo',
  },
  {
    sentence: '会议强调，要准确地掌握困难职工的基本情况，做到精准帮扶，切实解决他们在生活中遇到的实际问题。',
    pinyin:
      'huì yì qiáng diào yào zhǔn què de zhǎng wò kùn nan zhí gōng de jī běn qíng kuàng zuò dào jīng zhǔn bāng fú qiè shí jiě jué tā men zài shēng huó zhōng yù dào de shí jì wèn tí',
  },
  {
    sentence: '在重庆市的一处建筑工地上，几十名工人正顶着烈日施工，脸上都挂着汗水。',
    pinyin:
      'zài chóng qìng shì de yī chù jiàn zhù gōng dì shàng jǐ shí míng gōng rén zhèng dǐng zhe liè rì shī gōng liǎn shàng dōu guà zhe hàn shuǐ',
  },
  {
    sentence: '项目经理解文斌介绍，工地为工人们配备了防暑药品，并把作业时间调整为早晚两个时段。',
    pinyin:
      'xiàng mù jīng lǐ xiè wén bīn jiè shào gōng dì wèi gōng rén men pèi bèi le fáng shǔ yào pǐn bìng bǎ zuò yè shí jiān tiáo zhěng wéi zǎo wǎn liǎng gè shí duàn',
  },
  {
    sentence: '数据显示，今年一季度全省规模以上工业增加值增长百分之六点二，高于全国平均水平。',
    pinyin:
      'shù jù xiǎn shì jīn nián yī jì dù quán shěng guī mó yǐ shàng gōng yè zēng jiā zhí zēng zhǎng bǎi fēn zhī liù diǎn èr gāo yú quán guó píng jūn shuǐ píng',
  },
  {
    sentence: '专家认为，制造业的持续回暖为稳就业打下了坚实基础，但仍需重视结构性矛盾。',
    pinyin:
      'zhuān jiā rèn wéi zhì zào yè de chí xù huí nuǎn wèi wěn jiù yè dǎ xià le jiān shí jī chǔ dàn réng xū zhòng shì jié gòu xìng máo dùn',
  },
  {
    sentence: '区志红是一名有着二十年工龄的纺织女工，她说自己最大的愿望是把手艺传给年轻人。',
    pinyin:
      'ōu zhì hóng shì yī míng yǒu zhe èr shí nián gōng líng de fǎng zhī nǚ gōng tā shuō zì jǐ zuì dà de yuàn wàng shì bǎ shǒu yì chuán gěi nián qīng rén',
  },
  {
    sentence: '她的徒弟们学得很认真，有的已经能够独立完成复杂的工序。',
    pinyin: 'tā de tú dì men xué de hěn rèn zhēn yǒu de yǐ jīng néng gòu dú lì wán chéng fù zá de gōng xù',
  },
  {
    sentence: '朴哲洙是延边一家食品企业的负责人，他把企业的发展与当地农户的增收紧紧地联系在一起。',
    pinyin:
      'piáo zhé zhū shì yán biān yī jiā shí pǐn qǐ yè de fù zé rén tā bǎ qǐ yè de fā zhǎn yǔ dāng dì nóng hù de zēng shōu jǐn jǐn de lián xì zài yī qǐ',
  },
  {
    sentence: '该企业与周边二十多个村签订了收购协议，带动三千多户农民增收。',
    pinyin:
      'gāi qǐ yè yǔ zhōu biān èr shí duō gè cūn qiān dìng le shōu gòu xié yì dài dòng sān qiān duō hù nóng mín zēng shōu',
  },
  {
    sentence: '记者在网上看到，不少网友为这些坚守岗位的劳动者点赞，称他们是城市的建设者。',
    pinyin:
      'jì zhě zài wǎng shàng kàn dào bù shǎo wǎng yǒu wèi zhè xiē jiān shǒu gǎng wèi de láo dòng zhě diǎn zàn chēng tā men shì chéng shì de jiàn shè zhě',
  },
  {
    sentence: '随着数字经济的发展，越来越多的年轻人选择从事网约配送、直播销售等新职业。',
    pinyin:
      'suí zhe shù zì jīng jì de fā zhǎn yuè lái yuè duō de nián qīng rén xuǎn zé cóng shì wǎng yuē pèi sòng zhí bō xiāo shòu děng xīn zhí yè',
  },
  {
    sentence: '相关部门将进一步完善劳动者权益保障制度，让每一位劳动者都能体面劳动、舒心工作。',
    pinyin:
      'xiāng guān bù mén jiāng jìn yī bù wán shàn láo dòng zhě quán yì bǎo zhàng zhì dù ràng měi yī wèi láo dòng zhě dōu néng tǐ miàn láo dòng shū xīn gōng zuò',
  },
  {
    sentence: '截至去年底，全国工会会员总数达到三亿多人，基层工会组织覆盖面不断扩大。',
    pinyin:
      'jié zhì qù nián dǐ quán guó gōng huì huì yuán zǒng shù dá dào sān yì duō rén jī céng gōng huì zǔ zhī fù gài miàn bù duàn kuò dà',
  },
  {
    sentence: '这位老劳模说，只要身体还行，他就会一直干下去，为年轻一代做出榜样。',
    pinyin:
      'zhè wèi lǎo láo mó shuō zhǐ yào shēn tǐ hái xíng tā jiù huì yī zhí gàn xià qù wèi nián qīng yī dài zuò chū bǎng yàng',
  },
  {
    sentence: '他们把车间改造为实训基地，被誉为培养大国工匠的摇篮。',
    pinyin: 'tā men bǎ chē jiān gǎi zào wéi shí xùn jī dì bèi yù wéi péi yǎng dà guó gōng jiàng de yáo lán',
  },
  {
    sentence: '今年5月，这家企业还将新增一条生产线，预计年产值可达十五亿元。',
    pinyin:
      'jīn nián yuè zhè jiā qǐ yè hái jiāng xīn zēng yī tiáo shēng chǎn xiàn yù jì nián chǎn zhí kě dá shí wǔ yì yuán',
  },
  {
    sentence: '数九寒冬，巡线工人背着沉重的工具，行走在茫茫雪原上。',
    pinyin: 'shǔ jiǔ hán dōng xún xiàn gōng rén bēi zhe chén zhòng de gōng jù xíng zǒu zài máng máng xuě yuán shàng',
  },
  {
    sentence: '她从一名普通的纺织女工成长为全国技术能手，靠的是一股钻劲儿。',
    pinyin:
      'tā cóng yī míng pǔ tōng de fǎng zhī nǚ gōng chéng zhǎng wéi quán guó jì shù néng shǒu kào de shì yī gǔ zuān jìn r',
  },
  {
    sentence: '他们头顶烈日，背着几十斤重的工具包，在铁塔上一干就是几个小时。',
    pinyin:
      'tā men tóu dǐng liè rì bēi zhe jǐ shí jīn zhòng de gōng jù bāo zài tiě tǎ shàng yī gàn jiù shì jǐ ge xiǎo shí',
  },
  {
    sentence: '在车间里，老师傅手把手地教年轻人操作数控机床，大家干得热火朝天。',
    pinyin:
      'zài chē jiān lǐ lǎo shī fu shǒu bǎ shǒu de jiāo nián qīng rén cāo zuò shù kòng jī chuáng dà jiā gàn de rè huǒ cháo tiān',
  },
  {
    sentence: '调研组一行深入车间班组，与职工面对面交流，听取意见和建议。',
    pinyin: 'diào yán zǔ yī xíng shēn rù chē jiān bān zǔ yǔ zhí gōng miàn duì miàn jiāo liú tīng qǔ yì jiàn hé jiàn yì',
  },
  {
    sentence: '老张说，当年自己只是个学徒，如今已成长为车间主任。',
    pinyin: 'lǎo zhāng shuō dāng nián zì jǐ zhǐ shì gè xué tú rú jīn yǐ chéng zhǎng wéi chē jiān zhǔ rèn',
  },
  {
    sentence: '她每个月都要按时还房贷，生活压力不小。',
    pinyin: 'tā měi gè yuè dōu yào àn shí huán fáng dài shēng huó yā lì bù xiǎo',
  },
  {
    sentence: '经过测量，这块地的面积约为三千平方米。',
    pinyin: 'jīng guò cè liáng zhè kuài dì de miàn jī yuē wéi sān qiān píng fāng mǐ',
  },
  {
    sentence: '这名少年从小就喜欢钻研机械，长大后成了一名高级技师。',
    pinyin: 'zhè míng shào nián cóng xiǎo jiù xǐ huan zuān yán jī xiè zhǎng dà hòu chéng le yī míng gāo jí jì shī',
  },
  {
    sentence: '农民工们在田里种下了希望，也收获了幸福。',
    pinyin: 'nóng mín gōng men zài tián lǐ zhòng xià le xī wàng yě shōu huò le xìng fú',
  },
  {
    sentence: '首都北京的职工文化活动丰富多彩，他重新调整了生产流程，效率提高了一倍多。',
    pinyin:
      'shǒu dū běi jīng de zhí gōng wén huà huó dòng fēng fù duō cǎi tā chóng xīn tiáo zhěng le shēng chǎn liú chéng xiào lǜ tí gāo le yī bèi duō',
  },
  {
    sentence: '这台设备的故障率明显下降，维修成本也降了下来。',
    pinyin: 'zhè tái shè bèi de gù zhàng lǜ míng xiǎn xià jiàng wéi xiū chéng běn yě jiàng le xià lai',
  },
  {
    sentence: '这里的环境好，待遇也不差，很多人都想来。',
    pinyin: 'zhè lǐ de huán jìng hǎo dài yù yě bù chà hěn duō rén dōu xiǎng lái',
  },
  {
    sentence: '他在这一行干了三十年，是公认的老师傅。',
    pinyin: 'tā zài zhè yī háng gàn le sān shí nián shì gōng rèn de lǎo shī fu',
  },
  {
    sentence: '他数了数，一共有三十八个人报了名。',
    pinyin: 'tā shǔ le shǔ yī gòng yǒu sān shí bā gè rén bào le míng',
  },
  {
    sentence: '工会积极为职工排忧解难，让职工感受到组织的温暖。',
    pinyin: 'gōng huì jī jí wèi zhí gōng pái yōu jiě nàn ràng zhí gōng gǎn shòu dào zǔ zhī de wēn nuǎn',
  },
  {
    sentence: '她说，只要大家心往一处想，劲往一处使，就没有过不去的坎。',
    pinyin: 'tā shuō zhǐ yào dà jiā xīn wǎng yī chù xiǎng jìn wǎng yī chù shǐ jiù méi yǒu guò bu qù de kǎn',
  },
  {
    sentence: '在焊接项目赛场上，22岁的选手黄朝阳屏住呼吸，一道道焊缝整齐均匀，赢得评委的一致好评。',
    pinyin:
      'zài hàn jiē xiàng mù sài chǎng shàng suì de xuǎn shǒu huáng cháo yáng bǐng zhù hū xī yī dào dào hàn fèng zhěng qí jūn yún yíng dé píng wěi de yī zhì hǎo píng',
  },
  {
    sentence: '“比赛不只是比速度，更要比质量。”担任裁判长的高级技师于长海说，这次大赛的标准与世界技能大赛接轨。',
    pinyin:
      'bǐ sài bù zhǐ shì bǐ sù dù gèng yào bǐ zhì liàng dān rèn cái pàn zhǎng de gāo jí jì shī yú cháng hǎi shuō zhè cì dà sài de biāo zhǔn yǔ shì jiè jì néng dà sài jiē guǐ',
  },
  {
    sentence: '“订单排到了明年二月，大家干劲十足。”车间主任曾建平一边查看生产计划，一边向记者介绍。',
    pinyin:
      'dìng dān pái dào le míng nián èr yuè dà jiā gàn jìn shí zú chē jiān zhǔ rèn zēng jiàn píng yī biān chá kàn shēng chǎn jì huà yī biān xiàng jì zhě jiè shào',
  },
  {
    sentence: '退休老党员单国强常年坚持为社区的孩子们义务辅导功课，被大家亲切地称为“单爷爷”。',
    pinyin:
      'tuì xiū lǎo dǎng yuán shàn guó qiáng cháng nián jiān chí wèi shè qū de hái zi men yì wù fǔ dǎo gōng kè bèi dà jiā qīn qiè de chēng wéi shàn yé ye',
  },
  {
    sentence: '厂长曾多次到一线调研，车间主任曾在会上提出这个问题。',
    pinyin: 'chǎng zhǎng céng duō cì dào yī xiàn diào yán chē jiān zhǔ rèn céng zài huì shàng tí chū zhè ge wèn tí',
  },
  {
    sentence: '在一家汽车零部件厂，工人们正加班加点赶制订单，车间里机器轰鸣，一派繁忙景象。',
    pinyin:
      'zài yī jiā qì chē líng bù jiàn chǎng gōng rén men zhèng jiā bān jiā diǎn gǎn zhì dìng dān chē jiān lǐ jī qì hōng míng yī pài fán máng jǐng xiàng',
  },
  {
    sentence: '年轻的技术员们围在老师傅身边，认真地记着笔记，生怕漏掉一个细节。',
    pinyin:
      'nián qīng de jì shù yuán men wéi zài lǎo shī fu shēn biān rèn zhēn de jì zhe bǐ jì shēng pà lòu diào yī ge xì jié',
  },
  {
    sentence: '在车间里，老师傅们一遍遍地示范操作要领，新员工们看得十分认真。',
    pinyin:
      'zài chē jiān lǐ lǎo shī fu men yī biàn biàn de shì fàn cāo zuò yào lǐng xīn yuán gōng men kàn de shí fēn rèn zhēn',
  },
  {
    sentence: '这台机器的转速可达每分钟三千转，比上一代产品提高了两成。',
    pinyin:
      'zhè tái jī qì de zhuàn sù kě dá měi fēn zhōng sān qiān zhuàn bǐ shàng yī dài chǎn pǐn tí gāo le liǎng chéng',
  },
  {
    sentence: '单师傅和解师傅一起，连夜把故障设备修好了。',
    pinyin: 'shàn shī fu hé xiè shī fu yī qǐ lián yè bǎ gù zhàng shè bèi xiū hǎo le',
  },
  {
    sentence: '项目部倒排工期、挂图作战，确保工程按时交付。',
    pinyin: 'xiàng mù bù dào pái gōng qī guà tú zuò zhàn què bǎo gōng chéng àn shí jiāo fù',
  },
  {
    sentence: '雪花一片片地落在工地上，工人们冒着严寒坚守岗位。',
    pinyin: 'xuě huā yī piàn piàn de luò zài gōng dì shàng gōng rén men mào zhe yán hán jiān shǒu gǎng wèi',
  },
  {
    sentence: '会上，各地代表围绕如何更好地维护职工合法权益展开了热烈讨论。',
    pinyin:
      'huì shàng gè dì dài biǎo wéi rào rú hé gèng hǎo de wéi hù zhí gōng hé fǎ quán yì zhǎn kāi le rè liè tǎo lùn',
  },
  {
    sentence: '该行行长表示，将进一步加大对小微企业的信贷支持力度。',
    pinyin: 'gāi háng háng zhǎng biǎo shì jiāng jìn yī bù jiā dà duì xiǎo wēi qǐ yè de xìn dài zhī chí lì dù',
  },
  {
    sentence: '每个零件他都要反复量几遍尺寸，确保误差不超过一根头发丝。',
    pinyin: 'měi gè líng jiàn tā dōu yào fǎn fù liáng jǐ biàn chǐ cun què bǎo wù chā bù chāo guò yī gēn tóu fa sī',
  },
  {
    sentence: '他们把论文写在祖国大地上，让科研成果更快地走出实验室。',
    pinyin: 'tā men bǎ lùn wén xiě zài zǔ guó dà dì shàng ràng kē yán chéng guǒ gèng kuài de zǒu chū shí yàn shì',
  },
  {
    sentence: '使全国各地区更好地协调发展，是一项长期任务。',
    pinyin: 'shǐ quán guó gè dì qū gèng hǎo de xié tiáo fā zhǎn shì yī xiàng cháng qī rèn wu',
  },
  {
    sentence: '他在这行干了三十年，对每道工序都了如指掌。',
    pinyin: 'tā zài zhè háng gàn le sān shí nián duì měi dào gōng xù dōu liǎo rú zhǐ zhǎng',
  },
  {
    sentence: '随着认识更深，他很快地找到了问题的症结。',
    pinyin: 'suí zhe rèn shi gèng shēn tā hěn kuài de zhǎo dào le wèn tí de zhēng jié',
  },
  // 180 sentences more, written as new prose after the rules above were in place (everyday reports:
  // work, weather, courts, families) and read by the engine before any rule was changed for them:
  // 3 of their 3,270 syllables were wrong then (多为职工办实事 wéi, 早早地上了街 dì shang).
  {
    sentence: '近日，省总工会组织开展了职工技能大赛，参赛选手来自全省各行各业。',
    pinyin:
      'jìn rì shěng zǒng gōng huì zǔ zhī kāi zhǎn le zhí gōng jì néng dà sài cān sài xuǎn shǒu lái zì quán shěng gè háng gè yè',
  },
  {
    sentence: '这家企业的负责人表示，今年将进一步加大研发投入，力争在关键技术上取得突破。',
    pinyin:
      'zhè jiā qǐ yè de fù zé rén biǎo shì jīn nián jiāng jìn yī bù jiā dà yán fā tóu rù lì zhēng zài guān jiàn jì shù shàng qǔ dé tū pò',
  },
  {
    sentence: '工地上，工人们顶着烈日干得热火朝天，确保工程按期完工。',
    pinyin: 'gōng dì shàng gōng rén men dǐng zhe liè rì gàn de rè huǒ cháo tiān què bǎo gōng chéng àn qī wán gōng',
  },
  {
    sentence: '他从一名普通的装卸工成长为业务骨干，靠的是一股不服输的劲头。',
    pinyin:
      'tā cóng yī míng pǔ tōng de zhuāng xiè gōng chéng zhǎng wéi yè wù gǔ gàn kào de shì yī gǔ bù fú shū de jìn tóu',
  },
  {
    sentence: '据了解，该项目总投资约十二亿元，建成后可提供就业岗位两千余个。',
    pinyin:
      'jù liǎo jiě gāi xiàng mù zǒng tóu zī yuē shí èr yì yuán jiàn chéng hòu kě tí gōng jiù yè gǎng wèi liǎng qiān yú gè',
  },
  {
    sentence: '社区为独居老人送去了米、面、油等生活用品，还为他们量了血压。',
    pinyin: 'shè qū wèi dú jū lǎo rén sòng qù le mǐ miàn yóu děng shēng huó yòng pǐn hái wèi tā men liáng le xuè yā',
  },
  {
    sentence: '我们要把职工的冷暖放在心上，多为职工办实事、解难题。',
    pinyin: 'wǒ men yào bǎ zhí gōng de lěng nuǎn fàng zài xīn shàng duō wèi zhí gōng bàn shí shì jiě nán tí',
  },
  {
    sentence: '面对突如其来的暴雨，抢险队员冲在最前面，连续奋战了三天三夜。',
    pinyin:
      'miàn duì tū rú qí lái de bào yǔ qiǎng xiǎn duì yuán chōng zài zuì qián miàn lián xù fèn zhàn le sān tiān sān yè',
  },
  {
    sentence: '这位老师傅干了一辈子车工，带出的徒弟遍布全国。',
    pinyin: 'zhè wèi lǎo shī fu gàn le yī bèi zi chē gōng dài chū de tú dì biàn bù quán guó',
  },
  {
    sentence: '当前，部分行业仍存在拖欠农民工工资的问题，相关部门将加强监管。',
    pinyin:
      'dāng qián bù fen háng yè réng cún zài tuō qiàn nóng mín gōng gōng zī de wèn tí xiāng guān bù mén jiāng jiā qiáng jiān guǎn',
  },
  {
    sentence: '公司调整了薪酬结构，一线职工的收入明显提高。',
    pinyin: 'gōng sī tiáo zhěng le xīn chóu jié gòu yī xiàn zhí gōng de shōu rù míng xiǎn tí gāo',
  },
  {
    sentence: '他说，只要肯下功夫，没有学不会的手艺。',
    pinyin: 'tā shuō zhǐ yào kěn xià gōng fu méi yǒu xué bù huì de shǒu yì',
  },
  {
    sentence: '记者在现场看到，不少求职者排起了长队。',
    pinyin: 'jì zhě zài xiàn chǎng kàn dào bù shǎo qiú zhí zhě pái qǐ le cháng duì',
  },
  {
    sentence: '会议强调，要切实维护好劳动者的合法权益。',
    pinyin: 'huì yì qiáng diào yào qiè shí wéi hù hǎo láo dòng zhě de hé fǎ quán yì',
  },
  {
    sentence: '为了赶工期，项目部实行两班倒，机器昼夜不停。',
    pinyin: 'wèi le gǎn gōng qī xiàng mù bù shí xíng liǎng bān dǎo jī qì zhòu yè bù tíng',
  },
  {
    sentence: '快递小哥每天要送两百多件包裹，最忙的时候连饭都顾不上吃。',
    pinyin:
      'kuài dì xiǎo gē měi tiān yào sòng liǎng bǎi duō jiàn bāo guǒ zuì máng de shí hou lián fàn dōu gù bu shàng chī',
  },
  {
    sentence: '这种新型材料重量轻、强度高，已广泛应用于航空领域。',
    pinyin: 'zhè zhǒng xīn xíng cái liào zhòng liàng qīng qiáng dù gāo yǐ guǎng fàn yìng yòng yú háng kōng lǐng yù',
  },
  {
    sentence: '经过反复调试，设备终于恢复了正常运行。',
    pinyin: 'jīng guò fǎn fù tiáo shì shè bèi zhōng yú huī fù le zhèng cháng yùn xíng',
  },
  {
    sentence: '她把攒下的钱都捐给了山区的孩子们。',
    pinyin: 'tā bǎ zǎn xià de qián dōu juān gěi le shān qū de hái zi men',
  },
  {
    sentence: '厂里给每位职工发了一张体检卡，费用由单位承担。',
    pinyin: 'chǎng lǐ gěi měi wèi zhí gōng fā le yī zhāng tǐ jiǎn kǎ fèi yòng yóu dān wèi chéng dān',
  },
  {
    sentence: '只有不断学习新知识，才能跟上时代发展的步伐。',
    pinyin: 'zhǐ yǒu bù duàn xué xí xīn zhī shi cái néng gēn shàng shí dài fā zhǎn de bù fá',
  },
  {
    sentence: '他们一边干一边学，很快就掌握了操作要领。',
    pinyin: 'tā men yī biān gàn yī biān xué hěn kuài jiù zhǎng wò le cāo zuò yào lǐng',
  },
  {
    sentence: '这场比赛的冠军得主是一位九〇后女工。',
    pinyin: 'zhè chǎng bǐ sài de guàn jūn dé zhǔ shì yī wèi jiǔ líng hòu nǚ gōng',
  },
  {
    sentence: '车间主任说，安全生产是头等大事，来不得半点马虎。',
    pinyin: 'chē jiān zhǔ rèn shuō ān quán shēng chǎn shì tóu děng dà shì lái bu dé bàn diǎn mǎ hu',
  },
  {
    sentence: '春节期间，仍有许多劳动者坚守在工作岗位上。',
    pinyin: 'chūn jié qī jiān réng yǒu xǔ duō láo dòng zhě jiān shǒu zài gōng zuò gǎng wèi shàng',
  },
  {
    sentence: '大家纷纷为他的精湛技艺喝彩。',
    pinyin: 'dà jiā fēn fēn wèi tā de jīng zhàn jì yì hè cǎi',
  },
  {
    sentence: '工会干部深入基层，倾听职工的意见和建议。',
    pinyin: 'gōng huì gàn bù shēn rù jī céng qīng tīng zhí gōng de yì jiàn hé jiàn yì',
  },
  {
    sentence: '这条铁路全长三百多公里，沿途设有十个车站。',
    pinyin: 'zhè tiáo tiě lù quán cháng sān bǎi duō gōng lǐ yán tú shè yǒu shí gè chē zhàn',
  },
  {
    sentence: '老人退休后仍发挥余热，义务为居民修理家电。',
    pinyin: 'lǎo rén tuì xiū hòu réng fā huī yú rè yì wù wèi jū mín xiū lǐ jiā diàn',
  },
  {
    sentence: '他的事迹传遍了整个矿区，成为大家学习的榜样。',
    pinyin: 'tā de shì jì chuán biàn le zhěng gè kuàng qū chéng wéi dà jiā xué xí de bǎng yàng',
  },
  {
    sentence: '这批设备运抵后，技术人员连夜进行了安装调试。',
    pinyin: 'zhè pī shè bèi yùn dǐ hòu jì shù rén yuán lián yè jìn xíng le ān zhuāng tiáo shì',
  },
  {
    sentence: '他把这份荣誉看得很重，说这是对全体工友的肯定。',
    pinyin: 'tā bǎ zhè fèn róng yù kàn de hěn zhòng shuō zhè shì duì quán tǐ gōng yǒu de kěn dìng',
  },
  {
    sentence: '当地政府出台了一系列扶持政策，帮助小微企业渡过难关。',
    pinyin: 'dāng dì zhèng fǔ chū tái le yī xì liè fú chí zhèng cè bāng zhù xiǎo wēi qǐ yè dù guò nán guān',
  },
  {
    sentence: '老李在这个岗位上一干就是三十年，从没出过差错。',
    pinyin: 'lǎo lǐ zài zhè ge gǎng wèi shàng yī gàn jiù shì sān shí nián cóng méi chū guo chā cuò',
  },
  {
    sentence: '今年以来，全市新增城镇就业人数比去年同期增长了百分之八。',
    pinyin:
      'jīn nián yǐ lái quán shì xīn zēng chéng zhèn jiù yè rén shù bǐ qù nián tóng qī zēng zhǎng le bǎi fēn zhī bā',
  },
  {
    sentence: '她处理起问题来干脆利落，深受同事信赖。',
    pinyin: 'tā chǔ lǐ qǐ wèn tí lái gān cuì lì luo shēn shòu tóng shì xìn lài',
  },
  {
    sentence: '工人们正忙着给新建的厂房铺设管道。',
    pinyin: 'gōng rén men zhèng máng zhe gěi xīn jiàn de chǎng fáng pū shè guǎn dào',
  },
  {
    sentence: '我们还要在提高服务质量上下更大功夫。',
    pinyin: 'wǒ men hái yào zài tí gāo fú wù zhì liàng shàng xià gèng dà gōng fu',
  },
  {
    sentence: '这个难题困扰了企业好几年，如今终于得到了解决。',
    pinyin: 'zhè ge nán tí kùn rǎo le qǐ yè hǎo jǐ nián rú jīn zhōng yú dé dào le jiě jué',
  },
  {
    sentence: '大家一致认为，这次培训的内容很实用。',
    pinyin: 'dà jiā yī zhì rèn wéi zhè cì péi xùn de nèi róng hěn shí yòng',
  },
  {
    sentence: '记者了解到，目前该市已建成职工书屋一百多家。',
    pinyin: 'jì zhě liǎo jiě dào mù qián gāi shì yǐ jiàn chéng zhí gōng shū wū yī bǎi duō jiā',
  },
  {
    sentence: '夜幕降临，街头巷尾亮起了灯。',
    pinyin: 'yè mù jiàng lín jiē tóu xiàng wěi liàng qǐ le dēng',
  },
  {
    sentence: '每当提起这段经历，他总是感慨万千。',
    pinyin: 'měi dāng tí qǐ zhè duàn jīng lì tā zǒng shì gǎn kǎi wàn qiān',
  },
  {
    sentence: '他们还为困难职工的孩子们准备了新书包。',
    pinyin: 'tā men hái wèi kùn nan zhí gōng de hái zi men zhǔn bèi le xīn shū bāo',
  },
  {
    sentence: '这次调查共发放问卷五千份，收回有效问卷四千八百份。',
    pinyin: 'zhè cì diào chá gòng fā fàng wèn juàn wǔ qiān fèn shōu huí yǒu xiào wèn juàn sì qiān bā bǎi fèn',
  },
  {
    sentence: '师傅手把手地教，徒弟一丝不苟地学。',
    pinyin: 'shī fu shǒu bǎ shǒu de jiāo tú dì yī sī bù gǒu de xué',
  },
  {
    sentence: '这家工厂的产品远销海外三十多个国家和地区。',
    pinyin: 'zhè jiā gōng chǎng de chǎn pǐn yuǎn xiāo hǎi wài sān shí duō ge guó jiā hé dì qū',
  },
  {
    sentence: '一些外卖骑手反映，平台的算法让他们不得不超速行驶。',
    pinyin: 'yī xiē wài mài qí shǒu fǎn yìng píng tái de suàn fǎ ràng tā men bù dé bù chāo sù xíng shǐ',
  },
  {
    sentence: '他觉得自己还年轻，应该多闯一闯。',
    pinyin: 'tā jué de zì jǐ hái nián qīng yīng gāi duō chuǎng yī chuǎng',
  },
  {
    sentence: '为此，公司专门成立了攻关小组。',
    pinyin: 'wèi cǐ gōng sī zhuān mén chéng lì le gōng guān xiǎo zǔ',
  },
  {
    sentence: '经过几个月的努力，这个长期困扰生产的问题终于解决了。',
    pinyin: 'jīng guò jǐ ge yuè de nǔ lì zhè ge cháng qī kùn rǎo shēng chǎn de wèn tí zhōng yú jiě jué le',
  },
  {
    sentence: '他们把空地改成了停车场，解决了职工停车难的问题。',
    pinyin: 'tā men bǎ kòng dì gǎi chéng le tíng chē chǎng jiě jué le zhí gōng tíng chē nán de wèn tí',
  },
  {
    sentence: '他的话音刚落，会场上便响起了热烈的掌声。',
    pinyin: 'tā de huà yīn gāng luò huì chǎng shàng biàn xiǎng qǐ le rè liè de zhǎng shēng',
  },
  {
    sentence: '这里的冬天很冷，最低气温可达零下三十度。',
    pinyin: 'zhè lǐ de dōng tiān hěn lěng zuì dī qì wēn kě dá líng xià sān shí dù',
  },
  {
    sentence: '在他的带动下，越来越多的年轻人投身制造业。',
    pinyin: 'zài tā de dài dòng xià yuè lái yuè duō de nián qīng rén tóu shēn zhì zào yè',
  },
  {
    sentence: '她每天早上六点就要赶到车间，晚上很晚才回家。',
    pinyin: 'tā měi tiān zǎo shang liù diǎn jiù yào gǎn dào chē jiān wǎn shang hěn wǎn cái huí jiā',
  },
  {
    sentence: '这些数据表明，我国经济长期向好的基本面没有改变。',
    pinyin: 'zhè xiē shù jù biǎo míng wǒ guó jīng jì cháng qī xiàng hǎo de jī běn miàn méi yǒu gǎi biàn',
  },
  {
    sentence: '他把省下来的钱都用来买书了。',
    pinyin: 'tā bǎ shěng xià lai de qián dōu yòng lái mǎi shū le',
  },
  {
    sentence: '厂长亲自带队，到各个班组了解情况。',
    pinyin: 'chǎng zhǎng qīn zì dài duì dào gè gè bān zǔ liǎo jiě qíng kuàng',
  },
  {
    sentence: '这位劳模的故事在当地广为流传。',
    pinyin: 'zhè wèi láo mó de gù shi zài dāng dì guǎng wéi liú chuán',
  },
  {
    sentence: '法院审理后认为，用人单位应当支付劳动者加班费。',
    pinyin: 'fǎ yuàn shěn lǐ hòu rèn wéi yòng rén dān wèi yīng dāng zhī fù láo dòng zhě jiā bān fèi',
  },
  {
    sentence: '这起劳动争议案件的调解仅用了一个星期。',
    pinyin: 'zhè qǐ láo dòng zhēng yì àn jiàn de tiáo jiě jǐn yòng le yī ge xīng qī',
  },
  {
    sentence: '他在比赛中发挥稳定，最终夺得了金牌。',
    pinyin: 'tā zài bǐ sài zhōng fā huī wěn dìng zuì zhōng duó dé le jīn pái',
  },
  {
    sentence: '剧团的演员们为农民工兄弟送上了一台精彩的演出。',
    pinyin: 'jù tuán de yǎn yuán men wèi nóng mín gōng xiōng dì sòng shàng le yī tái jīng cǎi de yǎn chū',
  },
  {
    sentence: '由于长期伏案工作，不少白领患上了颈椎病。',
    pinyin: 'yóu yú cháng qī fú àn gōng zuò bù shǎo bái lǐng huàn shang le jǐng zhuī bìng',
  },
  {
    sentence: '新修订的安全生产法明确了企业的主体责任。',
    pinyin: 'xīn xiū dìng de ān quán shēng chǎn fǎ míng què le qǐ yè de zhǔ tǐ zé rèn',
  },
  {
    sentence: '这支救援队曾多次参与重大灾害的抢险救灾。',
    pinyin: 'zhè zhī jiù yuán duì céng duō cì cān yù zhòng dà zāi hài de qiǎng xiǎn jiù zāi',
  },
  {
    sentence: '他们把一个濒临倒闭的小厂发展成了行业龙头。',
    pinyin: 'tā men bǎ yī ge bīn lín dǎo bì de xiǎo chǎng fā zhǎn chéng le háng yè lóng tóu',
  },
  {
    sentence: '银行的工作人员耐心地为老人讲解如何防范电信诈骗。',
    pinyin: 'yín háng de gōng zuò rén yuán nài xīn de wèi lǎo rén jiǎng jiě rú hé fáng fàn diàn xìn zhà piàn',
  },
  {
    sentence: '这项技术填补了国内空白，打破了国外的长期垄断。',
    pinyin: 'zhè xiàng jì shù tián bǔ le guó nèi kòng bái dǎ pò le guó wài de cháng qī lǒng duàn',
  },
  {
    sentence: '每逢佳节倍思亲，许多在外务工的人选择回乡过年。',
    pinyin: 'měi féng jiā jié bèi sī qīn xǔ duō zài wài wù gōng de rén xuǎn zé huí xiāng guò nián',
  },
  {
    sentence: '会上，十名职工代表分别作了发言。',
    pinyin: 'huì shàng shí míng zhí gōng dài biǎo fēn bié zuò le fā yán',
  },
  {
    sentence: '我们要把好事办好，把实事办实。',
    pinyin: 'wǒ men yào bǎ hǎo shì bàn hǎo bǎ shí shì bàn shí',
  },
  {
    sentence: '他在种子上下了很大工夫，培育出了高产的新品种。',
    pinyin: 'tā zài zhǒng zi shàng xià le hěn dà gōng fu péi yù chū le gāo chǎn de xīn pǐn zhǒng',
  },
  {
    sentence: '天气转凉，职工食堂为大家熬了姜汤。',
    pinyin: 'tiān qì zhuǎn liáng zhí gōng shí táng wèi dà jiā áo le jiāng tāng',
  },
  {
    sentence: '老人的儿子常年在外打工，家里只剩下他一个人。',
    pinyin: 'lǎo rén de ér zi cháng nián zài wài dǎ gōng jiā lǐ zhǐ shèng xià tā yī gè rén',
  },
  {
    sentence: '公司为每名新员工配备了一名师傅。',
    pinyin: 'gōng sī wèi měi míng xīn yuán gōng pèi bèi le yī míng shī fu',
  },
  {
    sentence: '随着年龄的增长，他的视力越来越差。',
    pinyin: 'suí zhe nián líng de zēng zhǎng tā de shì lì yuè lái yuè chà',
  },
  {
    sentence: '小区里新装了充电桩，解决了居民的充电难题。',
    pinyin: 'xiǎo qū lǐ xīn zhuāng le chōng diàn zhuāng jiě jué le jū mín de chōng diàn nán tí',
  },
  {
    sentence: '他将这些年攒下的经验整理成了一本小册子。',
    pinyin: 'tā jiāng zhè xiē nián zǎn xià de jīng yàn zhěng lǐ chéng le yī běn xiǎo cè zi',
  },
  {
    sentence: '这位乡村教师扎根山区二十多年，教过的学生数以千计。',
    pinyin: 'zhè wèi xiāng cūn jiào shī zhā gēn shān qū èr shí duō nián jiāo guo de xué sheng shù yǐ qiān jì',
  },
  {
    sentence: '这几天气温骤降，环卫工人却依旧早早地上了街。',
    pinyin: 'zhè jǐ tiān qì wēn zhòu jiàng huán wèi gōng rén què yī jiù zǎo zǎo de shàng le jiē',
  },
  {
    sentence: '他的作品曾获全国美术展览银奖。',
    pinyin: 'tā de zuò pǐn céng huò quán guó měi shù zhǎn lǎn yín jiǎng',
  },
  {
    sentence: '工人们冒着大雪抢修线路，确保了居民用电。',
    pinyin: 'gōng rén men mào zhe dà xuě qiǎng xiū xiàn lù què bǎo le jū mín yòng diàn',
  },
  {
    sentence: '这所学校的毕业生大多在本地就业。',
    pinyin: 'zhè suǒ xué xiào de bì yè shēng dà duō zài běn dì jiù yè',
  },
  {
    sentence: '他们对每一道工序都严格把关，从不放过任何一个细节。',
    pinyin: 'tā men duì měi yī dào gōng xù dōu yán gé bǎ guān cóng bù fàng guò rèn hé yī ge xì jié',
  },
  {
    sentence: '该企业累计为职工发放奖励资金三百余万元。',
    pinyin: 'gāi qǐ yè lěi jì wèi zhí gōng fā fàng jiǎng lì zī jīn sān bǎi yú wàn yuán',
  },
  {
    sentence: '这项改革关系到千家万户的切身利益。',
    pinyin: 'zhè xiàng gǎi gé guān xì dào qiān jiā wàn hù de qiè shēn lì yì',
  },
  {
    sentence: '他一边说着，一边把手里的工具递给了徒弟。',
    pinyin: 'tā yī biān shuō zhe yī biān bǎ shǒu lǐ de gōng jù dì gěi le tú dì',
  },
  {
    sentence: '一场突如其来的大火，让这个家庭陷入了困境。',
    pinyin: 'yī chǎng tū rú qí lái de dà huǒ ràng zhè ge jiā tíng xiàn rù le kùn jìng',
  },
  {
    sentence: '他把奖金全部拿出来，资助了十几名贫困学生。',
    pinyin: 'tā bǎ jiǎng jīn quán bù ná chū lái zī zhù le shí jǐ míng pín kùn xué sheng',
  },
  {
    sentence: '这段公路弯多坡陡，冬季行车尤其要注意安全。',
    pinyin: 'zhè duàn gōng lù wān duō pō dǒu dōng jì xíng chē yóu qí yào zhù yì ān quán',
  },
  {
    sentence: '为了给孩子治病，这个家庭几乎花光了所有积蓄。',
    pinyin: 'wèi le gěi hái zi zhì bìng zhè ge jiā tíng jī hū huā guāng le suǒ yǒu jī xù',
  },
  {
    sentence: '老张说，干我们这一行，最重要的是耐得住寂寞。',
    pinyin: 'lǎo zhāng shuō gàn wǒ men zhè yī háng zuì zhòng yào de shì nài de zhù jì mò',
  },
  {
    sentence: '企业要在转型升级中找准自己的定位。',
    pinyin: 'qǐ yè yào zài zhuǎn xíng shēng jí zhōng zhǎo zhǔn zì jǐ de dìng wèi',
  },
  {
    sentence: '这场大雨来得又急又猛，不少地方积水严重。',
    pinyin: 'zhè chǎng dà yǔ lái de yòu jí yòu měng bù shǎo dì fang jī shuǐ yán zhòng',
  },
  {
    sentence: '经过调解，双方当场签订了和解协议。',
    pinyin: 'jīng guò tiáo jiě shuāng fāng dāng chǎng qiān dìng le hé jiě xié yì',
  },
  {
    sentence: '他们的日子越过越红火，脸上都露出了笑容。',
    pinyin: 'tā men de rì zi yuè guò yuè hóng huǒ liǎn shàng dōu lù chū le xiào róng',
  },
  {
    sentence: '这些年，村里的变化可大了。',
    pinyin: 'zhè xiē nián cūn lǐ de biàn huà kě dà le',
  },
  {
    sentence: '别看他年纪不大，干起活来可是一把好手。',
    pinyin: 'bié kàn tā nián jì bù dà gàn qǐ huó lái kě shì yī bǎ hǎo shǒu',
  },
  {
    sentence: '他一口气爬上了十几层楼，累得满头大汗。',
    pinyin: 'tā yī kǒu qì pá shàng le shí jǐ céng lóu lèi de mǎn tóu dà hàn',
  },
  {
    sentence: '这家餐馆的菜量足、价格实惠，很受食客欢迎。',
    pinyin: 'zhè jiā cān guǎn de cài liàng zú jià gé shí huì hěn shòu shí kè huān yíng',
  },
  {
    sentence: '截至目前，该省已累计帮助十万名农民工追回欠薪。',
    pinyin: 'jié zhì mù qián gāi shěng yǐ lěi jì bāng zhù shí wàn míng nóng mín gōng zhuī huí qiàn xīn',
  },
  {
    sentence: '他的父亲是一名老矿工，在井下干了三十多年。',
    pinyin: 'tā de fù qīn shì yī míng lǎo kuàng gōng zài jǐng xià gàn le sān shí duō nián',
  },
  {
    sentence: '车间里机器轰鸣，工人们各司其职。',
    pinyin: 'chē jiān lǐ jī qì hōng míng gōng rén men gè sī qí zhí',
  },
  {
    sentence: '他们想方设法为企业降低成本，提高效益。',
    pinyin: 'tā men xiǎng fāng shè fǎ wèi qǐ yè jiàng dī chéng běn tí gāo xiào yì',
  },
  {
    sentence: '这个消息一传开，整个村子都沸腾了。',
    pinyin: 'zhè ge xiāo xi yī chuán kāi zhěng gè cūn zi dōu fèi téng le',
  },
  {
    sentence: '不管刮风下雨，他都准时出现在岗位上。',
    pinyin: 'bù guǎn guā fēng xià yǔ tā dōu zhǔn shí chū xiàn zài gǎng wèi shàng',
  },
  {
    sentence: '看着自己亲手种下的树苗长成大树，他心里别提多高兴了。',
    pinyin: 'kàn zhe zì jǐ qīn shǒu zhòng xià de shù miáo zhǎng chéng dà shù tā xīn li bié tí duō gāo xìng le',
  },
  {
    sentence: '她从小就喜欢唱歌，长大后成了一名歌手。',
    pinyin: 'tā cóng xiǎo jiù xǐ huan chàng gē zhǎng dà hòu chéng le yī míng gē shǒu',
  },
  {
    sentence: '大会选举产生了新一届工会委员会。',
    pinyin: 'dà huì xuǎn jǔ chǎn shēng le xīn yī jiè gōng huì wěi yuán huì',
  },
  {
    sentence: '这样的好人好事在我们身边还有很多。',
    pinyin: 'zhè yàng de hǎo rén hǎo shì zài wǒ men shēn biān hái yǒu hěn duō',
  },
  {
    sentence: '他说话总是慢条斯理的，从不着急。',
    pinyin: 'tā shuō huà zǒng shì màn tiáo sī lǐ de cóng bù zháo jí',
  },
  {
    sentence: '记者采访时，他正在调度室里忙着安排车辆。',
    pinyin: 'jì zhě cǎi fǎng shí tā zhèng zài diào dù shì lǐ máng zhe ān pái chē liàng',
  },
  {
    sentence: '这种做法得到了职工的普遍认可。',
    pinyin: 'zhè zhǒng zuò fǎ dé dào le zhí gōng de pǔ biàn rèn kě',
  },
  {
    sentence: '冬至这天，社区志愿者给孤寡老人包饺子。',
    pinyin: 'dōng zhì zhè tiān shè qū zhì yuàn zhě gěi gū guǎ lǎo rén bāo jiǎo zi',
  },
  {
    sentence: '他们的工作虽然平凡，却关系着千家万户的安宁。',
    pinyin: 'tā men de gōng zuò suī rán píng fán què guān xi zhe qiān jiā wàn hù de ān níng',
  },
  {
    sentence: '这位年轻的技术员已经获得了五项国家专利。',
    pinyin: 'zhè wèi nián qīng de jì shù yuán yǐ jīng huò dé le wǔ xiàng guó jiā zhuān lì',
  },
  {
    sentence: '当听到儿子考上大学的消息时，母亲激动得哭了。',
    pinyin: 'dāng tīng dào ér zi kǎo shàng dà xué de xiāo xi shí mǔ qīn jī dòng de kū le',
  },
  {
    sentence: '一到周末，公园里就挤满了前来游玩的市民。',
    pinyin: 'yī dào zhōu mò gōng yuán lǐ jiù jǐ mǎn le qián lái yóu wán de shì mín',
  },
  {
    sentence: '他重新回到了阔别多年的工厂，心情久久不能平静。',
    pinyin: 'tā chóng xīn huí dào le kuò bié duō nián de gōng chǎng xīn qíng jiǔ jiǔ bù néng píng jìng',
  },
  {
    sentence: '借的钱他已经全部还清了。',
    pinyin: 'jiè de qián tā yǐ jīng quán bù huán qīng le',
  },
  {
    sentence: '这位老人的孙子今年刚满十八岁，长得比爷爷还高。',
    pinyin: 'zhè wèi lǎo rén de sūn zi jīn nián gāng mǎn shí bā suì zhǎng de bǐ yé ye hái gāo',
  },
  {
    sentence: '天色已晚，咱们得赶紧回去。',
    pinyin: 'tiān sè yǐ wǎn zán men děi gǎn jǐn huí qu',
  },
  {
    sentence: '今年国庆假期，不少职工选择了短途旅行。',
    pinyin: 'jīn nián guó qìng jià qī bù shǎo zhí gōng xuǎn zé le duǎn tú lǚ xíng',
  },
  {
    sentence: '他被调到了新成立的分公司担任经理。',
    pinyin: 'tā bèi diào dào le xīn chéng lì de fēn gōng sī dān rèn jīng lǐ',
  },
  {
    sentence: '这部传记记录了他不平凡的一生。',
    pinyin: 'zhè bù zhuàn jì jì lù le tā bù píng fán de yī shēng',
  },
  {
    sentence: '这些问题必须依法依规妥善处理。',
    pinyin: 'zhè xiē wèn tí bì xū yī fǎ yī guī tuǒ shàn chǔ lǐ',
  },
  {
    sentence: '他曾在洪水中救过三名落水群众，自己却差点遇难。',
    pinyin: 'tā céng zài hóng shuǐ zhōng jiù guo sān míng luò shuǐ qún zhòng zì jǐ què chà diǎn yù nàn',
  },
  {
    sentence: '他好学上进，业余时间都泡在图书馆里。',
    pinyin: 'tā hào xué shàng jìn yè yú shí jiān dōu pào zài tú shū guǎn lǐ',
  },
  {
    sentence: '这个厂的技术力量在全省数一数二。',
    pinyin: 'zhè ge chǎng de jì shù lì liang zài quán shěng shǔ yī shǔ èr',
  },
  {
    sentence: '面对记者的提问，他应答自如。',
    pinyin: 'miàn duì jì zhě de tí wèn tā yìng dá zì rú',
  },
  {
    sentence: '节目播出期间，收视率一路攀升。',
    pinyin: 'jié mù bō chū qī jiān shōu shì lǜ yī lù pān shēng',
  },
  {
    sentence: '她把洗好的衣服叠得整整齐齐。',
    pinyin: 'tā bǎ xǐ hǎo de yī fu dié de zhěng zhěng qí qí',
  },
  {
    sentence: '这家人开了一家小卖部，日子过得还算宽裕。',
    pinyin: 'zhè jiā rén kāi le yī jiā xiǎo mài bù rì zi guò de hái suàn kuān yù',
  },
  {
    sentence: '他把奖状当作最珍贵的宝贝收藏起来。',
    pinyin: 'tā bǎ jiǎng zhuàng dàng zuò zuì zhēn guì de bǎo bèi shōu cáng qǐ lai',
  },
  {
    sentence: '骑手们背着保温箱，穿行在大街小巷。',
    pinyin: 'qí shǒu men bēi zhe bǎo wēn xiāng chuān xíng zài dà jiē xiǎo xiàng',
  },
  {
    sentence: '这种车床在当时可是稀罕物，全厂只有一台。',
    pinyin: 'zhè zhǒng chē chuáng zài dāng shí kě shì xī han wù quán chǎng zhǐ yǒu yī tái',
  },
  {
    sentence: '他们为前来办事的群众提供免费的茶水。',
    pinyin: 'tā men wèi qián lái bàn shì de qún zhòng tí gōng miǎn fèi de chá shuǐ',
  },
  {
    sentence: '他的长相和他父亲很像。',
    pinyin: 'tā de zhǎng xiàng hé tā fù qīn hěn xiàng',
  },
  {
    sentence: '几名工人正在给墙面刷漆。',
    pinyin: 'jǐ míng gōng rén zhèng zài gěi qiáng miàn shuā qī',
  },
  {
    sentence: '天刚蒙蒙亮，早点铺就开门了。',
    pinyin: 'tiān gāng mēng mēng liàng zǎo diǎn pù jiù kāi mén le',
  },
  {
    sentence: '这条街上的店铺大多是老字号。',
    pinyin: 'zhè tiáo jiē shang de diàn pù dà duō shì lǎo zì hào',
  },
  {
    sentence: '他被评为全国劳动模范，还参加了国庆观礼。',
    pinyin: 'tā bèi píng wéi quán guó láo dòng mó fàn hái cān jiā le guó qìng guān lǐ',
  },
  {
    sentence: '会议室里坐满了人，大家都屏住呼吸等待结果。',
    pinyin: 'huì yì shì lǐ zuò mǎn le rén dà jiā dōu bǐng zhù hū xī děng dài jié guǒ',
  },
  {
    sentence: '她每月的工资除了补贴家用，还要供弟弟上学。',
    pinyin: 'tā měi yuè de gōng zī chú le bǔ tiē jiā yòng hái yào gōng dì di shàng xué',
  },
  {
    sentence: '为了这次比赛，他已经准备了整整一年。',
    pinyin: 'wèi le zhè cì bǐ sài tā yǐ jīng zhǔn bèi le zhěng zhěng yī nián',
  },
  {
    sentence: '从事这一行的人，手上都有一层厚厚的老茧。',
    pinyin: 'cóng shì zhè yī háng de rén shǒu shàng dōu yǒu yī céng hòu hòu de lǎo jiǎn',
  },
  {
    sentence: '在强降雨来临前，当地转移了两千多名群众。',
    pinyin: 'zài qiáng jiàng yǔ lái lín qián dāng dì zhuǎn yí le liǎng qiān duō míng qún zhòng',
  },
  {
    sentence: '这首歌唱出了劳动者的心声。',
    pinyin: 'zhè shǒu gē chàng chū le láo dòng zhě de xīn shēng',
  },
  {
    sentence: '港口的吊车来回穿梭，一派繁忙景象。',
    pinyin: 'gǎng kǒu de diào chē lái huí chuān suō yī pài fán máng jǐng xiàng',
  },
  {
    sentence: '他把退休金的一大半都花在了帮助别人上。',
    pinyin: 'tā bǎ tuì xiū jīn de yī dà bàn dōu huā zài le bāng zhù bié ren shàng',
  },
  {
    sentence: '这位女司机开了二十年公交车，从未发生过一起事故。',
    pinyin: 'zhè wèi nǚ sī jī kāi le èr shí nián gōng jiāo chē cóng wèi fā shēng guo yī qǐ shì gù',
  },
  {
    sentence: '村里通了自来水，再也不用到几里外去挑水了。',
    pinyin: 'cūn lǐ tōng le zì lái shuǐ zài yě bù yòng dào jǐ lǐ wài qù tiāo shuǐ le',
  },
  {
    sentence: '政府部门要切实转变作风，提高办事效率。',
    pinyin: 'zhèng fǔ bù mén yào qiè shí zhuǎn biàn zuò fēng tí gāo bàn shì xiào lǜ',
  },
  {
    sentence: '这座大桥的建成，将两岸的通行时间缩短到十分钟。',
    pinyin: 'zhè zuò dà qiáo de jiàn chéng jiāng liǎng àn de tōng xíng shí jiān suō duǎn dào shí fēn zhōng',
  },
  {
    sentence: '他常说，做人要实在，做事要踏实。',
    pinyin: 'tā cháng shuō zuò rén yào shí zài zuò shì yào tā shi',
  },
  {
    sentence: '由于订单大增，工厂不得不招聘临时工。',
    pinyin: 'yóu yú dìng dān dà zēng gōng chǎng bù dé bù zhāo pìn lín shí gōng',
  },
  {
    sentence: '孩子们围坐在一起，听老工人讲过去的故事。',
    pinyin: 'hái zi men wéi zuò zài yī qǐ tīng lǎo gōng rén jiǎng guò qù de gù shi',
  },
  {
    sentence: '他在工作中摸索出了一套行之有效的操作方法。',
    pinyin: 'tā zài gōng zuò zhōng mō suo chū le yī tào xíng zhī yǒu xiào de cāo zuò fāng fǎ',
  },
  {
    sentence: '这次地震造成部分房屋倒塌，所幸没有人员伤亡。',
    pinyin: 'zhè cì dì zhèn zào chéng bù fen fáng wū dǎo tā suǒ xìng méi yǒu rén yuán shāng wáng',
  },
  {
    sentence: '这笔钱虽然不多，却是老人省吃俭用攒下的。',
    pinyin: 'zhè bǐ qián suī rán bù duō què shì lǎo rén shěng chī jiǎn yòng zǎn xià de',
  },
  {
    sentence: '每到采摘季节，果园里到处是忙碌的身影。',
    pinyin: 'měi dào cǎi zhāi jì jié guǒ yuán lǐ dào chù shì máng lù de shēn yǐng',
  },
  {
    sentence: '这家企业坚持以人为本，把职工当作最宝贵的财富。',
    pinyin: 'zhè jiā qǐ yè jiān chí yǐ rén wéi běn bǎ zhí gōng dàng zuò zuì bǎo guì de cái fù',
  },
  {
    sentence: '她在医院当了三十年护士，送走了一批又一批病人。',
    pinyin: 'tā zài yī yuàn dāng le sān shí nián hù shi sòng zǒu le yī pī yòu yī pī bìng rén',
  },
  {
    sentence: '他们用了不到一年的时间，就把产品推向了市场。',
    pinyin: 'tā men yòng le bù dào yī nián de shí jiān jiù bǎ chǎn pǐn tuī xiàng le shì chǎng',
  },
  {
    sentence: '天气预报说，明天将有一场大范围的降雪。',
    pinyin: 'tiān qì yù bào shuō míng tiān jiāng yǒu yī chǎng dà fàn wéi de jiàng xuě',
  },
  {
    sentence: '这位老党员坚持每天读书看报，了解国家大事。',
    pinyin: 'zhè wèi lǎo dǎng yuán jiān chí měi tiān dú shū kàn bào liǎo jiě guó jiā dà shì',
  },
  {
    sentence: '检修工人钻进狭窄的管道，一干就是好几个小时。',
    pinyin: 'jiǎn xiū gōng rén zuān jìn xiá zhǎi de guǎn dào yī gàn jiù shì hǎo jǐ ge xiǎo shí',
  },
  {
    sentence: '为了保证供电，电力工人放弃了休假。',
    pinyin: 'wèi le bǎo zhèng gōng diàn diàn lì gōng rén fàng qì le xiū jià',
  },
  {
    sentence: '这个小镇因盛产茶叶而闻名。',
    pinyin: 'zhè ge xiǎo zhèn yīn shèng chǎn chá yè ér wén míng',
  },
  {
    sentence: '他们在荒山上种下了上万棵树，把荒山变成了青山。',
    pinyin: 'tā men zài huāng shān shàng zhòng xià le shàng wàn kē shù bǎ huāng shān biàn chéng le qīng shān',
  },
  {
    sentence: '工人们把一箱箱货物搬上了卡车。',
    pinyin: 'gōng rén men bǎ yī xiāng xiāng huò wù bān shàng le kǎ chē',
  },
  {
    sentence: '这里曾经是一片盐碱地，如今已长满了庄稼。',
    pinyin: 'zhè lǐ céng jīng shì yī piàn yán jiǎn dì rú jīn yǐ zhǎng mǎn le zhuāng jia',
  },
  {
    sentence: '这个项目的负责人说，工程预计明年年底竣工。',
    pinyin: 'zhè ge xiàng mù de fù zé rén shuō gōng chéng yù jì míng nián nián dǐ jùn gōng',
  },
  {
    sentence: '他正准备出门，电话突然响了。',
    pinyin: 'tā zhèng zhǔn bèi chū mén diàn huà tū rán xiǎng le',
  },
  {
    sentence: '那些年，他几乎跑遍了全国的建筑工地。',
    pinyin: 'nà xiē nián tā jī hū pǎo biàn le quán guó de jiàn zhù gōng dì',
  },
  {
    sentence: '她笑着说，只要大家满意，再累也值得。',
    pinyin: 'tā xiào zhe shuō zhǐ yào dà jiā mǎn yì zài lèi yě zhí de',
  },
  {
    sentence: '经过抢修，中断的交通很快恢复了正常。',
    pinyin: 'jīng guò qiǎng xiū zhōng duàn de jiāo tōng hěn kuài huī fù le zhèng cháng',
  },
  {
    sentence: '他把自己的手艺毫无保留地传授给了年轻人。',
    pinyin: 'tā bǎ zì jǐ de shǒu yì háo wú bǎo liú de chuán shòu gěi le nián qīng rén',
  },
  // 39 more, heavy with names, bylines and figures, read the same way: 3 of their 1,084 syllables
  // were wrong (本报通讯员 区颖 qū, 产值过亿元 guo, 选手盖丽丽 gài); a 40th sentence, where the person
  // 殷红 Yīn Hóng is still read as the word yānhóng, is left out.
  {
    sentence: '本报讯（记者单晓明 通讯员曾庆华）记者日前从省人社厅获悉，全省已有一百三十万名职工参加了技能培训。',
    pinyin:
      'běn bào xùn jì zhě shàn xiǎo míng tōng xùn yuán zēng qìng huá jì zhě rì qián cóng shěng rén shè tīng huò xī quán shěng yǐ yǒu yī bǎi sān shí wàn míng zhí gōng cān jiā le jì néng péi xùn',
  },
  {
    sentence: '“这些年，我们厂的变化太大了。”今年五十八岁的老工人解长青感慨地说。',
    pinyin:
      'zhè xiē nián wǒ men chǎng de biàn huà tài dà le jīn nián wǔ shí bā suì de lǎo gōng rén xiè cháng qīng gǎn kǎi de shuō',
  },
  {
    sentence: '据区总工会主席查文军介绍，该区共建成户外劳动者服务站点四十六个。',
    pinyin:
      'jù qū zǒng gōng huì zhǔ xí zhā wén jūn jiè shào gāi qū gòng jiàn chéng hù wài láo dòng zhě fú wù zhàn diǎn sì shí liù gè',
  },
  {
    sentence: '在湖北省武汉市，快递员朴成浩每天骑行超过一百公里。',
    pinyin: 'zài hú běi shěng wǔ hàn shì kuài dì yuán piáo chéng hào měi tiān qí xíng chāo guò yī bǎi gōng lǐ',
  },
  {
    sentence: '“只要还干得动，我就要一直干下去。”说这话时，仇师傅的眼里闪着光。',
    pinyin: 'zhǐ yào hái gàn de dòng wǒ jiù yào yī zhí gàn xià qù shuō zhè huà shí qiú shī fu de yǎn lǐ shǎn zhe guāng',
  },
  {
    sentence: '本报记者 覃岚 本报通讯员 区颖',
    pinyin: 'běn bào jì zhě tán lán běn bào tōng xùn yuán ōu yǐng',
  },
  {
    sentence: '广西柳州的汽车工人乐建国，已在流水线上工作了二十五年。',
    pinyin: 'guǎng xī liǔ zhōu de qì chē gōng rén yuè jiàn guó yǐ zài liú shuǐ xiàn shàng gōng zuò le èr shí wǔ nián',
  },
  {
    sentence: '上海市总工会副主席万里表示，要让每一名新就业形态劳动者都能感受到工会的温暖。',
    pinyin:
      'shàng hǎi shì zǒng gōng huì fù zhǔ xí wàn lǐ biǎo shì yào ràng měi yī míng xīn jiù yè xíng tài láo dòng zhě dōu néng gǎn shòu dào gōng huì de wēn nuǎn',
  },
  {
    sentence: '南京某建筑公司的焊工翟红军，被授予全国技术能手称号。',
    pinyin: 'nán jīng mǒu jiàn zhù gōng sī de hàn gōng zhái hóng jūn bèi shòu yǔ quán guó jì shù néng shǒu chēng hào',
  },
  {
    sentence: '据统计，截至今年十月底，全国累计发放失业保险金三百二十亿元。',
    pinyin: 'jù tǒng jì jié zhì jīn nián shí yuè dǐ quán guó lěi jì fā fàng shī yè bǎo xiǎn jīn sān bǎi èr shí yì yuán',
  },
  {
    sentence: '今年第三季度，该市规模以上工业增加值同比增长百分之六点二。',
    pinyin:
      'jīn nián dì sān jì dù gāi shì guī mó yǐ shàng gōng yè zēng jiā zhí tóng bǐ zēng zhǎng bǎi fēn zhī liù diǎn èr',
  },
  {
    sentence: '安徽省合肥市的网约车司机尉迟亮说，平台抽成太高，一天跑下来挣不了多少钱。',
    pinyin:
      'ān huī shěng hé féi shì de wǎng yuē chē sī jī yù chí liàng shuō píng tái chōu chéng tài gāo yī tiān pǎo xià lai zhèng bù liǎo duō shao qián',
  },
  {
    sentence: '这份报告由中国劳动关系学院的专家牵头完成。',
    pinyin: 'zhè fèn bào gào yóu zhōng guó láo dòng guān xi xué yuàn de zhuān jiā qiān tóu wán chéng',
  },
  {
    sentence: '国务院办公厅日前印发通知，部署进一步做好高校毕业生等青年就业创业工作。',
    pinyin:
      'guó wù yuàn bàn gōng tīng rì qián yìn fā tōng zhī bù shǔ jìn yī bù zuò hǎo gāo xiào bì yè shēng děng qīng nián jiù yè chuàng yè gōng zuò',
  },
  {
    sentence: '从二〇一八年起，他每年都会回到母校为学弟学妹们讲课。',
    pinyin: 'cóng èr líng yī bā nián qǐ tā měi nián dōu huì huí dào mǔ xiào wèi xué dì xué mèi men jiǎng kè',
  },
  {
    sentence: '昨天下午三点，一辆满载蔬菜的货车驶入了批发市场。',
    pinyin: 'zuó tiān xià wǔ sān diǎn yī liàng mǎn zài shū cài de huò chē shǐ rù le pī fā shì chǎng',
  },
  {
    sentence: '曾经的小作坊，如今已发展成为年产值过亿元的企业。',
    pinyin: 'céng jīng de xiǎo zuō fang rú jīn yǐ fā zhǎn chéng wéi nián chǎn zhí guò yì yuán de qǐ yè',
  },
  {
    sentence: '据天津港集团相关负责人介绍，今年前十个月，港口集装箱吞吐量同比增长百分之五。',
    pinyin:
      'jù tiān jīn gǎng jí tuán xiāng guān fù zé rén jiè shào jīn nián qián shí gè yuè gǎng kǒu jí zhuāng xiāng tūn tǔ liàng tóng bǐ zēng zhǎng bǎi fēn zhī wǔ',
  },
  {
    sentence: '记者：您从事这项工作多少年了？贾师傅：整整四十年了。',
    pinyin: 'jì zhě nín cóng shì zhè xiàng gōng zuò duō shao nián le jiǎ shī fu zhěng zhěng sì shí nián le',
  },
  {
    sentence: '“安全无小事。”这是班组长缪卫东挂在嘴边的一句话。',
    pinyin: 'ān quán wú xiǎo shì zhè shì bān zǔ zhǎng miào wèi dōng guà zài zuǐ biān de yī jù huà',
  },
  {
    sentence: '本报杭州11月20日电（记者邬晓燕）浙江省日前出台措施，为新就业形态劳动者提供职业伤害保障。',
    pinyin:
      'běn bào háng zhōu yuè rì diàn jì zhě wū xiǎo yàn zhè jiāng shěng rì qián chū tái cuò shī wèi xīn jiù yè xíng tài láo dòng zhě tí gōng zhí yè shāng hài bǎo zhàng',
  },
  {
    sentence: '“以前下雨天没地方歇脚，现在有了暖心驿站，喝口热水方便多了。”外卖骑手饶小军说。',
    pinyin:
      'yǐ qián xià yǔ tiān méi dì fang xiē jiǎo xiàn zài yǒu le nuǎn xīn yì zhàn hē kǒu rè shuǐ fāng biàn duō le wài mài qí shǒu ráo xiǎo jūn shuō',
  },
  {
    sentence: '河北省邯郸市总工会主席闵建华带队，走访慰问了一线环卫工人。',
    pinyin:
      'hé běi shěng hán dān shì zǒng gōng huì zhǔ xí mǐn jiàn huá dài duì zǒu fǎng wèi wèn le yī xiàn huán wèi gōng rén',
  },
  {
    sentence: '据悉，这次竞赛共吸引了两百四十名选手报名，最终有三十人进入决赛。',
    pinyin:
      'jù xī zhè cì jìng sài gòng xī yǐn le liǎng bǎi sì shí míng xuǎn shǒu bào míng zuì zhōng yǒu sān shí rén jìn rù jué sài',
  },
  {
    sentence: '今年四十二岁的车工佟彦斌，从业二十多年来累计完成技术革新六十余项。',
    pinyin:
      'jīn nián sì shí èr suì de chē gōng tóng yàn bīn cóng yè èr shí duō nián lái lěi jì wán chéng jì shù gé xīn liù shí yú xiàng',
  },
  {
    sentence: '“他是我们车间的‘定海神针’。”车间主任牛立新这样评价他。',
    pinyin: 'tā shì wǒ men chē jiān de dìng hǎi shén zhēn chē jiān zhǔ rèn niú lì xīn zhè yàng píng jià tā',
  },
  {
    sentence: '郑州铁路局的检车员苗伟，每天要在铁轨间步行近二十公里。',
    pinyin: 'zhèng zhōu tiě lù jú de jiǎn chē yuán miáo wěi měi tiān yào zài tiě guǐ jiān bù xíng jìn èr shí gōng lǐ',
  },
  {
    sentence: '在第十届全国职工职业技能大赛上，来自吉林的选手盖丽丽获得一等奖。',
    pinyin:
      'zài dì shí jiè quán guó zhí gōng zhí yè jì néng dà sài shàng lái zì jí lín de xuǎn shǒu gě lì lì huò dé yī děng jiǎng',
  },
  {
    sentence: '记者从江西省总工会了解到，今年该省共为困难职工发放帮扶资金一点二亿元。',
    pinyin:
      'jì zhě cóng jiāng xī shěng zǒng gōng huì liǎo jiě dào jīn nián gāi shěng gòng wèi kùn nan zhí gōng fā fàng bāng fú zī jīn yī diǎn èr yì yuán',
  },
  {
    sentence: '“我们一家三口都在这个厂干，厂子好了，我们的日子才能好。”职工家属纪玉梅说。',
    pinyin:
      'wǒ men yī jiā sān kǒu dōu zài zhè ge chǎng gàn chǎng zi hǎo le wǒ men de rì zi cái néng hǎo zhí gōng jiā shǔ jǐ yù méi shuō',
  },
  {
    sentence: '据介绍，该中心设有职工书屋、健身室和母婴室，每天开放十二个小时。',
    pinyin:
      'jù jiè shào gāi zhōng xīn shè yǒu zhí gōng shū wū jiàn shēn shì hé mǔ yīng shì měi tiān kāi fàng shí èr gè xiǎo shí',
  },
  {
    sentence: '沈阳市的出租车司机阚大伟，十几年来义务接送高考考生上千人次。',
    pinyin:
      'shěn yáng shì de chū zū chē sī jī kàn dà wěi shí jǐ nián lái yì wù jiē sòng gāo kǎo kǎo shēng shàng qiān rén cì',
  },
  {
    sentence: '截至目前，该公司已与八十七所职业院校签订了校企合作协议。',
    pinyin: 'jié zhì mù qián gāi gōng sī yǐ yǔ bā shí qī suǒ zhí yè yuàn xiào qiān dìng le xiào qǐ hé zuò xié yì',
  },
  {
    sentence: '上周，石家庄市的气温一度降至零下十二度，户外作业的工人们格外辛苦。',
    pinyin:
      'shàng zhōu shí jiā zhuāng shì de qì wēn yī dù jiàng zhì líng xià shí èr dù hù wài zuò yè de gōng rén men gé wài xīn kǔ',
  },
  {
    sentence: '福建省晋江市一家鞋厂的女工洪春燕说，厂里的计件工资让她多劳多得。',
    pinyin:
      'fú jiàn shěng jìn jiāng shì yī jiā xié chǎng de nǚ gōng hóng chūn yàn shuō chǎng lǐ de jì jiàn gōng zī ràng tā duō láo duō dé',
  },
  {
    sentence: '这名年轻人叫乜小明，是村里第一个大学生。',
    pinyin: 'zhè míng nián qīng rén jiào niè xiǎo míng shì cūn lǐ dì yī gè dà xué shēng',
  },
  {
    sentence: '年过六旬的老党员车永生，退休后主动担任了小区的义务调解员。',
    pinyin:
      'nián guò liù xún de lǎo dǎng yuán chē yǒng shēng tuì xiū hòu zhǔ dòng dān rèn le xiǎo qū de yì wù tiáo jiě yuán',
  },
  {
    sentence: '他们在海拔四千多米的工地上，克服了缺氧、低温等重重困难。',
    pinyin: 'tā men zài hǎi bá sì qiān duō mǐ de gōng dì shàng kè fú le quē yǎng dī wēn děng chóng chóng kùn nan',
  },
  {
    sentence: '今年上半年，全国城镇新增就业六百九十八万人，完成全年目标的百分之五十八。',
    pinyin:
      'jīn nián shàng bàn nián quán guó chéng zhèn xīn zēng jiù yè liù bǎi jiǔ shí bā wàn rén wán chéng quán nián mù biāo de bǎi fēn zhī wǔ shí bā',
  },
  // 20 more with names chosen to be hard (surnames inside dictionary words, rare surnames): 6 of
  // their 475 syllables were wrong (上好学 hào, 查德胜 chá, 饿不着 zhe, and still: the surnames of
  // 种学文 Chóng and 任和平 Rén, and 查看 as a byline's name); the 3 still wrong are left out.
  {
    sentence: '本报讯（记者甘皓 通讯员查玉峰）近日，四川省成都市举办了首届外卖骑手技能比武。',
    pinyin:
      'běn bào xùn jì zhě gān hào tōng xùn yuán zhā yù fēng jìn rì sì chuān shěng chéng dū shì jǔ bàn le shǒu jiè wài mài qí shǒu jì néng bǐ wǔ',
  },
  {
    sentence: '“这个奖属于我们整个班组。”获奖者祁红梅说。',
    pinyin: 'zhè ge jiǎng shǔ yú wǒ men zhěng gè bān zǔ huò jiǎng zhě qí hóng méi shuō',
  },
  {
    sentence: '据乐山市总工会副主席曾勇介绍，今年全市已为一千二百名职工免费体检。',
    pinyin:
      'jù lè shān shì zǒng gōng huì fù zhǔ xí zēng yǒng jiè shào jīn nián quán shì yǐ wèi yī qiān èr bǎi míng zhí gōng miǎn fèi tǐ jiǎn',
  },
  {
    sentence: '“干一行，爱一行，钻一行。”全国劳动模范单长海常这样勉励年轻人。',
    pinyin:
      'gàn yī háng ài yī háng zuān yī háng quán guó láo dòng mó fàn shàn cháng hǎi cháng zhè yàng miǎn lì nián qīng rén',
  },
  {
    sentence: '在广东省深圳市，来自湖南的快递员朴光明已经在这座城市打拼了十年。',
    pinyin:
      'zài guǎng dōng shěng shēn zhèn shì lái zì hú nán de kuài dì yuán piáo guāng míng yǐ jīng zài zhè zuò chéng shì dǎ pīn le shí nián',
  },
  {
    sentence: '记者见到柏树林时，他正蹲在地上检查一台拖拉机。',
    pinyin: 'jì zhě jiàn dào bǎi shù lín shí tā zhèng dūn zài dì shang jiǎn chá yī tái tuō lā jī',
  },
  {
    sentence: '退休教师仇凤兰说，她最大的心愿就是看到孩子们都能上好学。',
    pinyin:
      'tuì xiū jiào shī qiú fèng lán shuō tā zuì dà de xīn yuàn jiù shì kàn dào hái zi men dōu néng shàng hǎo xué',
  },
  {
    sentence: '据悉，该项目由中国建筑第八工程局有限公司承建，计划工期三十个月。',
    pinyin:
      'jù xī gāi xiàng mù yóu zhōng guó jiàn zhù dì bā gōng chéng jú yǒu xiàn gōng sī chéng jiàn jì huà gōng qī sān shí gè yuè',
  },
  {
    sentence: '哈尔滨电机厂的老焊工查德胜，手上的伤疤记录着他四十年的坚守。',
    pinyin:
      'hā ěr bīn diàn jī chǎng de lǎo hàn gōng zhā dé shèng shǒu shàng de shāng bā jì lù zhe tā sì shí nián de jiān shǒu',
  },
  {
    sentence: '“我们的目标是让每一位职工都有获得感。”公司党委书记解永军表示。',
    pinyin:
      'wǒ men de mù biāo shì ràng měi yī wèi zhí gōng dōu yǒu huò dé gǎn gōng sī dǎng wěi shū ji xiè yǒng jūn biǎo shì',
  },
  {
    sentence: '浙江宁波的海港工人区伟明说，码头的活儿虽累，但收入稳定。',
    pinyin: 'zhè jiāng níng bō de hǎi gǎng gōng rén ōu wěi míng shuō mǎ tou de huó r suī lèi dàn shōu rù wěn dìng',
  },
  {
    sentence: '这部纪录片的导演是年轻的女导演尉迟晓。',
    pinyin: 'zhè bù jì lù piàn de dǎo yǎn shì nián qīng de nǚ dǎo yǎn yù chí xiǎo',
  },
  {
    sentence: '今年五月，他作为先进代表参加了全省劳模座谈会。',
    pinyin: 'jīn nián wǔ yuè tā zuò wéi xiān jìn dài biǎo cān jiā le quán shěng láo mó zuò tán huì',
  },
  {
    sentence: '村党支部书记覃德才带领村民种植柑橘，人均年收入增加了三千多元。',
    pinyin:
      'cūn dǎng zhī bù shū ji tán dé cái dài lǐng cūn mín zhòng zhí gān jú rén jūn nián shōu rù zēng jiā le sān qiān duō yuán',
  },
  {
    sentence: '“只要勤快，就饿不着。”六十五岁的环卫工人曾祥林笑着说。',
    pinyin: 'zhǐ yào qín kuài jiù è bù zháo liù shí wǔ suì de huán wèi gōng rén zēng xiáng lín xiào zhe shuō',
  },
  {
    sentence: '截至九月底，全省已建成工会户外劳动者服务站点二千三百个。',
    pinyin:
      'jié zhì jiǔ yuè dǐ quán shěng yǐ jiàn chéng gōng huì hù wài láo dòng zhě fú wù zhàn diǎn èr qiān sān bǎi gè',
  },
  {
    sentence: '她叫朴春花，是一名朝鲜族女工。',
    pinyin: 'tā jiào piáo chūn huā shì yī míng cháo xiǎn zú nǚ gōng',
  },
  // 60 more everyday reports, read the same way: 1 of their 1,150 syllables was wrong (让父母过上好日子
  // guo).
  {
    sentence: '近年来，越来越多的农民工选择返乡创业，带动了家乡的发展。',
    pinyin:
      'jìn nián lái yuè lái yuè duō de nóng mín gōng xuǎn zé fǎn xiāng chuàng yè dài dòng le jiā xiāng de fā zhǎn',
  },
  {
    sentence: '这家企业每年拿出利润的百分之十用于职工培训。',
    pinyin: 'zhè jiā qǐ yè měi nián ná chū lì rùn de bǎi fēn zhī shí yòng yú zhí gōng péi xùn',
  },
  {
    sentence: '清晨五点，菜市场里已经人头攒动。',
    pinyin: 'qīng chén wǔ diǎn cài shì chǎng lǐ yǐ jīng rén tóu cuán dòng',
  },
  {
    sentence: '他们冒着零下二十多度的严寒，坚持在室外作业。',
    pinyin: 'tā men mào zhe líng xià èr shí duō dù de yán hán jiān chí zài shì wài zuò yè',
  },
  {
    sentence: '这批新招的学徒工，平均年龄只有十九岁。',
    pinyin: 'zhè pī xīn zhāo de xué tú gōng píng jūn nián líng zhǐ yǒu shí jiǔ suì',
  },
  {
    sentence: '她在这家超市当收银员，一站就是八个小时。',
    pinyin: 'tā zài zhè jiā chāo shì dāng shōu yín yuán yī zhàn jiù shì bā gè xiǎo shí',
  },
  {
    sentence: '经过三年的技术攻关，团队终于研制出了新一代产品。',
    pinyin: 'jīng guò sān nián de jì shù gōng guān tuán duì zhōng yú yán zhì chū le xīn yī dài chǎn pǐn',
  },
  {
    sentence: '社区食堂的饭菜便宜又好吃，老人们都说好。',
    pinyin: 'shè qū shí táng de fàn cài pián yi yòu hǎo chī lǎo rén men dōu shuō hǎo',
  },
  {
    sentence: '工会组织职工开展了“送清凉”活动，为高温下作业的工人送去了绿豆汤。',
    pinyin:
      'gōng huì zǔ zhī zhí gōng kāi zhǎn le sòng qīng liáng huó dòng wèi gāo wēn xià zuò yè de gōng rén sòng qù le lǜ dòu tāng',
  },
  {
    sentence: '由于操作不当，一名工人的手指被机器轧伤。',
    pinyin: 'yóu yú cāo zuò bù dàng yī míng gōng rén de shǒu zhǐ bèi jī qì yà shāng',
  },
  {
    sentence: '他把家里的老房子翻修了一遍，准备给儿子结婚用。',
    pinyin: 'tā bǎ jiā lǐ de lǎo fáng zi fān xiū le yī biàn zhǔn bèi gěi ér zi jié hūn yòng',
  },
  {
    sentence: '小区的物业为每栋楼都安装了电梯。',
    pinyin: 'xiǎo qū de wù yè wèi měi dòng lóu dōu ān zhuāng le diàn tī',
  },
  {
    sentence: '这个季节正是收割小麦的时候，田间地头一片繁忙。',
    pinyin: 'zhè ge jì jié zhèng shì shōu gē xiǎo mài de shí hou tián jiān dì tóu yī piàn fán máng',
  },
  {
    sentence: '她告诉记者，自己每个月能挣五六千元，比在老家种地强多了。',
    pinyin: 'tā gào su jì zhě zì jǐ měi gè yuè néng zhèng wǔ liù qiān yuán bǐ zài lǎo jiā zhòng dì qiáng duō le',
  },
  {
    sentence: '这项政策的出台，让很多灵活就业人员吃了定心丸。',
    pinyin: 'zhè xiàng zhèng cè de chū tái ràng hěn duō líng huó jiù yè rén yuán chī le dìng xīn wán',
  },
  {
    sentence: '师傅们正在车间里调试一台刚组装好的机床。',
    pinyin: 'shī fu men zhèng zài chē jiān lǐ tiáo shì yī tái gāng zǔ zhuāng hǎo de jī chuáng',
  },
  {
    sentence: '他每天下班后都要去夜校学习两个小时。',
    pinyin: 'tā měi tiān xià bān hòu dōu yào qù yè xiào xué xí liǎng gè xiǎo shí',
  },
  {
    sentence: '年底了，不少企业开始为员工发放年终奖。',
    pinyin: 'nián dǐ le bù shǎo qǐ yè kāi shǐ wèi yuán gōng fā fàng nián zhōng jiǎng',
  },
  {
    sentence: '这支施工队伍里，有一半以上是九五后。',
    pinyin: 'zhè zhī shī gōng duì wǔ lǐ yǒu yī bàn yǐ shàng shì jiǔ wǔ hòu',
  },
  {
    sentence: '我们要让广大职工共享企业发展的成果。',
    pinyin: 'wǒ men yào ràng guǎng dà zhí gōng gòng xiǎng qǐ yè fā zhǎn de chéng guǒ',
  },
  {
    sentence: '有的职工反映，食堂的饭菜种类太少。',
    pinyin: 'yǒu de zhí gōng fǎn yìng shí táng de fàn cài zhǒng lèi tài shǎo',
  },
  {
    sentence: '为了照顾生病的母亲，他辞去了城里的工作。',
    pinyin: 'wèi le zhào gu shēng bìng de mǔ qīn tā cí qù le chéng lǐ de gōng zuò',
  },
  {
    sentence: '这几年，镇上新开了好几家工厂，年轻人不用再外出打工了。',
    pinyin: 'zhè jǐ nián zhèn shàng xīn kāi le hǎo jǐ jiā gōng chǎng nián qīng rén bù yòng zài wài chū dǎ gōng le',
  },
  {
    sentence: '他们加班加点，提前半个月完成了生产任务。',
    pinyin: 'tā men jiā bān jiā diǎn tí qián bàn ge yuè wán chéng le shēng chǎn rèn wu',
  },
  {
    sentence: '工地上的塔吊高高耸立，工人们在几十米的高空作业。',
    pinyin: 'gōng dì shàng de tǎ diào gāo gāo sǒng lì gōng rén men zài jǐ shí mǐ de gāo kōng zuò yè',
  },
  {
    sentence: '这里的每一件产品，都凝聚着工人们的心血。',
    pinyin: 'zhè lǐ de měi yī jiàn chǎn pǐn dōu níng jù zhe gōng rén men de xīn xuè',
  },
  {
    sentence: '他开了一家修车铺，生意越来越好。',
    pinyin: 'tā kāi le yī jiā xiū chē pù shēng yì yuè lái yuè hǎo',
  },
  {
    sentence: '我们把这些意见都记下来，会尽快给大家一个答复。',
    pinyin: 'wǒ men bǎ zhè xiē yì jiàn dōu jì xià lai huì jǐn kuài gěi dà jiā yī ge dá fù',
  },
  {
    sentence: '考虑到职工上下班不方便，公司开通了通勤班车。',
    pinyin: 'kǎo lǜ dào zhí gōng shàng xià bān bù fāng biàn gōng sī kāi tōng le tōng qín bān chē',
  },
  {
    sentence: '他的孩子今年考上了重点大学，全家人都很高兴。',
    pinyin: 'tā de hái zi jīn nián kǎo shàng le zhòng diǎn dà xué quán jiā rén dōu hěn gāo xìng',
  },
  {
    sentence: '受寒潮影响，本周全省大部分地区将出现雨雪天气。',
    pinyin: 'shòu hán cháo yǐng xiǎng běn zhōu quán shěng dà bù fen dì qū jiāng chū xiàn yǔ xuě tiān qì',
  },
  {
    sentence: '交警提醒广大驾驶员，雨雪天气要减速慢行。',
    pinyin: 'jiāo jǐng tí xǐng guǎng dà jià shǐ yuán yǔ xuě tiān qì yào jiǎn sù màn xíng',
  },
  {
    sentence: '这家医院为外来务工人员开设了夜间门诊。',
    pinyin: 'zhè jiā yī yuàn wèi wài lái wù gōng rén yuán kāi shè le yè jiān mén zhěn',
  },
  {
    sentence: '他从小跟着父亲学木工，十几岁就能独立做家具。',
    pinyin: 'tā cóng xiǎo gēn zhe fù qīn xué mù gōng shí jǐ suì jiù néng dú lì zuò jiā jù',
  },
  {
    sentence: '我们调查发现，有近三成受访者表示工作压力较大。',
    pinyin: 'wǒ men diào chá fā xiàn yǒu jìn sān chéng shòu fǎng zhě biǎo shì gōng zuò yā lì jiào dà',
  },
  {
    sentence: '这座有着六十年历史的老厂，如今焕发出新的生机。',
    pinyin: 'zhè zuò yǒu zhe liù shí nián lì shǐ de lǎo chǎng rú jīn huàn fā chū xīn de shēng jī',
  },
  {
    sentence: '活动现场，志愿者们为市民免费理发、量血压、测血糖。',
    pinyin: 'huó dòng xiàn chǎng zhì yuàn zhě men wèi shì mín miǎn fèi lǐ fà liáng xuè yā cè xuè táng',
  },
  {
    sentence: '每逢节假日，景区的保洁员就格外忙碌。',
    pinyin: 'měi féng jié jià rì jǐng qū de bǎo jié yuán jiù gé wài máng lù',
  },
  {
    sentence: '他们的工资是按件计算的，干得多就拿得多。',
    pinyin: 'tā men de gōng zī shì àn jiàn jì suàn de gàn de duō jiù ná de duō',
  },
  {
    sentence: '这名年轻的消防员在火场中救出了两名被困群众。',
    pinyin: 'zhè míng nián qīng de xiāo fáng yuán zài huǒ chǎng zhōng jiù chū le liǎng míng bèi kùn qún zhòng',
  },
  {
    sentence: '他说，自己最大的愿望是让父母过上好日子。',
    pinyin: 'tā shuō zì jǐ zuì dà de yuàn wàng shì ràng fù mǔ guò shàng hǎo rì zi',
  },
  {
    sentence: '地铁开通后，他上班路上的时间缩短了一半。',
    pinyin: 'dì tiě kāi tōng hòu tā shàng bān lù shang de shí jiān suō duǎn le yī bàn',
  },
  {
    sentence: '工人们在高温下连续作业，汗水湿透了衣衫。',
    pinyin: 'gōng rén men zài gāo wēn xià lián xù zuò yè hàn shuǐ shī tòu le yī shān',
  },
  {
    sentence: '这位老人已经八十多岁了，身体依然硬朗。',
    pinyin: 'zhè wèi lǎo rén yǐ jīng bā shí duō suì le shēn tǐ yī rán yìng lǎng',
  },
  {
    sentence: '她把每一位来访群众都当作自己的亲人。',
    pinyin: 'tā bǎ měi yī wèi lái fǎng qún zhòng dōu dàng zuò zì jǐ de qīn rén',
  },
  {
    sentence: '我们厂的产品质量好，订单都排到了明年。',
    pinyin: 'wǒ men chǎng de chǎn pǐn zhì liàng hǎo dìng dān dōu pái dào le míng nián',
  },
  {
    sentence: '他在网上发了一条求助信息，很快就有人联系了他。',
    pinyin: 'tā zài wǎng shàng fā le yī tiáo qiú zhù xìn xī hěn kuài jiù yǒu rén lián xì le tā',
  },
  {
    sentence: '大雪封路，村民们自发组织起来铲雪。',
    pinyin: 'dà xuě fēng lù cūn mín men zì fā zǔ zhī qǐ lai chǎn xuě',
  },
  {
    sentence: '工厂的食堂、宿舍、浴室一应俱全，职工们住得很舒心。',
    pinyin: 'gōng chǎng de shí táng sù shè yù shì yī yīng jù quán zhí gōng men zhù de hěn shū xīn',
  },
  {
    sentence: '这项技术的应用，使生产效率提高了三倍。',
    pinyin: 'zhè xiàng jì shù de yìng yòng shǐ shēng chǎn xiào lǜ tí gāo le sān bèi',
  },
  {
    sentence: '他们每天要在流水线上重复同一个动作上千次。',
    pinyin: 'tā men měi tiān yào zài liú shuǐ xiàn shàng chóng fù tóng yī ge dòng zuò shàng qiān cì',
  },
  {
    sentence: '这座城市的冬天干燥多风，春天却常常下雨。',
    pinyin: 'zhè zuò chéng shì de dōng tiān gān zào duō fēng chūn tiān què cháng cháng xià yǔ',
  },
  {
    sentence: '他把积攒多年的工作笔记整理出来，送给了新来的同事。',
    pinyin: 'tā bǎ jī zǎn duō nián de gōng zuò bǐ jì zhěng lǐ chū lái sòng gěi le xīn lái de tóng shì',
  },
  {
    sentence: '这几名职工因表现突出，被提拔为班组长。',
    pinyin: 'zhè jǐ míng zhí gōng yīn biǎo xiàn tū chū bèi tí bá wéi bān zǔ zhǎng',
  },
  {
    sentence: '他刚参加工作的时候，每个月的工资只有几十块钱。',
    pinyin: 'tā gāng cān jiā gōng zuò de shí hou měi gè yuè de gōng zī zhǐ yǒu jǐ shí kuài qián',
  },
  {
    sentence: '一些企业存在违法延长工作时间的现象。',
    pinyin: 'yī xiē qǐ yè cún zài wéi fǎ yán cháng gōng zuò shí jiān de xiàn xiàng',
  },
  {
    sentence: '她一边照顾年幼的孩子，一边坚持自学考试。',
    pinyin: 'tā yī biān zhào gu nián yòu de hái zi yī biān jiān chí zì xué kǎo shì',
  },
  {
    sentence: '这场比赛吸引了来自全国各地的两百多名选手参加。',
    pinyin: 'zhè chǎng bǐ sài xī yǐn le lái zì quán guó gè dì de liǎng bǎi duō míng xuǎn shǒu cān jiā',
  },
  {
    sentence: '那天晚上，他和工友们一直干到凌晨两点多。',
    pinyin: 'nà tiān wǎn shang tā hé gōng yǒu men yī zhí gàn dào líng chén liǎng diǎn duō',
  },
  {
    sentence: '没想到，一个小小的建议，竟为企业节省了上百万元。',
    pinyin: 'méi xiǎng dào yī ge xiǎo xiǎo de jiàn yì jìng wèi qǐ yè jié shěng le shàng bǎi wàn yuán',
  },
  // 30 more heavy with figures, read the same way: 1 of their 558 syllables was wrong (核载 zǎi), and
  // 三百万千 | 瓦 was one number.
  {
    sentence: '今年前三季度，全国规模以上工业企业利润同比增长百分之七点八。',
    pinyin:
      'jīn nián qián sān jì dù quán guó guī mó yǐ shàng gōng yè qǐ yè lì rùn tóng bǐ zēng zhǎng bǎi fēn zhī qī diǎn bā',
  },
  {
    sentence: '截至2024年底，全国工会会员总数达到三亿人。',
    pinyin: 'jié zhì nián dǐ quán guó gōng huì huì yuán zǒng shù dá dào sān yì rén',
  },
  {
    sentence: '12月1日起，新修订的《劳动争议调解仲裁法》正式施行。',
    pinyin: 'yuè rì qǐ xīn xiū dìng de láo dòng zhēng yì tiáo jiě zhòng cái fǎ zhèng shì shī xíng',
  },
  {
    sentence: '这条生产线每分钟能生产一百二十瓶饮料。',
    pinyin: 'zhè tiáo shēng chǎn xiàn měi fēn zhōng néng shēng chǎn yī bǎi èr shí píng yǐn liào',
  },
  {
    sentence: '他用了整整五年时间，攒够了买房的首付。',
    pinyin: 'tā yòng le zhěng zhěng wǔ nián shí jiān zǎn gòu le mǎi fáng de shǒu fù',
  },
  {
    sentence: '第一期培训班共有四十五名学员参加，为期十天。',
    pinyin: 'dì yī qī péi xùn bān gòng yǒu sì shí wǔ míng xué yuán cān jiā wéi qī shí tiān',
  },
  {
    sentence: '该公司员工的平均月收入为六千三百元，比上年增加了八百元。',
    pinyin:
      'gāi gōng sī yuán gōng de píng jūn yuè shōu rù wéi liù qiān sān bǎi yuán bǐ shàng nián zēng jiā le bā bǎi yuán',
  },
  {
    sentence: '这辆大巴车核载五十人，实际坐了四十八人。',
    pinyin: 'zhè liàng dà bā chē hé zài wǔ shí rén shí jì zuò le sì shí bā rén',
  },
  {
    sentence: '每年的五月一日是国际劳动节。',
    pinyin: 'měi nián de wǔ yuè yī rì shì guó jì láo dòng jié',
  },
  {
    sentence: '这座水电站的总装机容量为三百万千瓦。',
    pinyin: 'zhè zuò shuǐ diàn zhàn de zǒng zhuāng jī róng liàng wéi sān bǎi wàn qiān wǎ',
  },
  {
    sentence: '他一个人干了三个人的活，却从不叫苦。',
    pinyin: 'tā yī gè rén gàn le sān gè rén de huó què cóng bù jiào kǔ',
  },
  {
    sentence: '这家工厂占地两百亩，拥有员工一千五百余人。',
    pinyin: 'zhè jiā gōng chǎng zhàn dì liǎng bǎi mǔ yōng yǒu yuán gōng yī qiān wǔ bǎi yú rén',
  },
  {
    sentence: '3月12日是植树节，职工们来到郊外义务植树。',
    pinyin: 'yuè rì shì zhí shù jié zhí gōng men lái dào jiāo wài yì wù zhí shù',
  },
  {
    sentence: '他们平均每人每天要处理两百多份订单。',
    pinyin: 'tā men píng jūn měi rén měi tiān yào chǔ lǐ liǎng bǎi duō fèn dìng dān',
  },
  {
    sentence: '这个数字是去年同期的两倍多。',
    pinyin: 'zhè ge shù zì shì qù nián tóng qī de liǎng bèi duō',
  },
  {
    sentence: '目前，该项目已完成投资的百分之六十，预计明年六月投入使用。',
    pinyin: 'mù qián gāi xiàng mù yǐ wán chéng tóu zī de bǎi fēn zhī liù shí yù jì míng nián liù yuè tóu rù shǐ yòng',
  },
  {
    sentence: '这次地震的震级为五点一级，震源深度十公里。',
    pinyin: 'zhè cì dì zhèn de zhèn jí wéi wǔ diǎn yī jí zhèn yuán shēn dù shí gōng lǐ',
  },
  {
    sentence: '全厂上下齐心协力，仅用十个月就收回了投资。',
    pinyin: 'quán chǎng shàng xià qí xīn xié lì jǐn yòng shí gè yuè jiù shōu huí le tóu zī',
  },
  {
    sentence: '第十四届全运会在陕西举行。',
    pinyin: 'dì shí sì jiè quán yùn huì zài shǎn xī jǔ xíng',
  },
  {
    sentence: '他已经连续三年被评为优秀员工。',
    pinyin: 'tā yǐ jīng lián xù sān nián bèi píng wéi yōu xiù yuán gōng',
  },
  {
    sentence: '这套房子的面积是八十九平方米，月租金两千元。',
    pinyin: 'zhè tào fáng zi de miàn jī shì bā shí jiǔ píng fāng mǐ yuè zū jīn liǎng qiān yuán',
  },
  {
    sentence: '全年累计接待游客一千多万人次，实现旅游收入九十亿元。',
    pinyin: 'quán nián lěi jì jiē dài yóu kè yī qiān duō wàn rén cì shí xiàn lǚ yóu shōu rù jiǔ shí yì yuán',
  },
  {
    sentence: '这部手机的售价为三千九百九十九元。',
    pinyin: 'zhè bù shǒu jī de shòu jià wéi sān qiān jiǔ bǎi jiǔ shí jiǔ yuán',
  },
  {
    sentence: '她每天骑电动车上班，单程要四十分钟。',
    pinyin: 'tā měi tiān qí diàn dòng chē shàng bān dān chéng yào sì shí fēn zhōng',
  },
  {
    sentence: '一百多年前，这里还是一片荒滩。',
    pinyin: 'yī bǎi duō nián qián zhè lǐ hái shi yī piàn huāng tān',
  },
  {
    sentence: '中国共产党第二十次全国代表大会于二〇二二年十月在北京召开。',
    pinyin:
      'zhōng guó gòng chǎn dǎng dì èr shí cì quán guó dài biǎo dà huì yú èr líng èr èr nián shí yuè zài běi jīng zhào kāi',
  },
  {
    sentence: '这家企业的产品已出口到一百多个国家和地区。',
    pinyin: 'zhè jiā qǐ yè de chǎn pǐn yǐ chū kǒu dào yī bǎi duō ge guó jiā hé dì qū',
  },
  {
    sentence: '他们用三天时间完成了原本需要一周的工作量。',
    pinyin: 'tā men yòng sān tiān shí jiān wán chéng le yuán běn xū yào yī zhōu de gōng zuò liàng',
  },
  {
    sentence: '他今年六十八岁了，还在坚持每天锻炼身体。',
    pinyin: 'tā jīn nián liù shí bā suì le hái zài jiān chí měi tiān duàn liàn shēn tǐ',
  },
  {
    sentence: '这次招聘会共提供了八千多个就业岗位。',
    pinyin: 'zhè cì zhāo pìn huì gòng tí gōng le bā qiān duō ge jiù yè gǎng wèi',
  },
  // 30 more everyday reports: 1 of their 499 syllables was wrong (没有想过放弃 guò).
  {
    sentence: '他们把废旧的集装箱改造成了职工休息室。',
    pinyin: 'tā men bǎ fèi jiù de jí zhuāng xiāng gǎi zào chéng le zhí gōng xiū xī shì',
  },
  {
    sentence: '这位快递员每天早出晚归，风雨无阻。',
    pinyin: 'zhè wèi kuài dì yuán měi tiān zǎo chū wǎn guī fēng yǔ wú zǔ',
  },
  {
    sentence: '公司还为职工子女举办了暑期托管班。',
    pinyin: 'gōng sī hái wèi zhí gōng zǐ nǚ jǔ bàn le shǔ qī tuō guǎn bān',
  },
  {
    sentence: '她说，孩子放假了没人带，这个托管班帮了大忙。',
    pinyin: 'tā shuō hái zi fàng jià le méi rén dài zhè ge tuō guǎn bān bāng le dà máng',
  },
  {
    sentence: '他在车间里转了一圈，发现了三处安全隐患。',
    pinyin: 'tā zài chē jiān lǐ zhuàn le yī quān fā xiàn le sān chù ān quán yǐn huàn',
  },
  {
    sentence: '这些年轻人敢想敢干，给企业带来了新的活力。',
    pinyin: 'zhè xiē nián qīng rén gǎn xiǎng gǎn gàn gěi qǐ yè dài lái le xīn de huó lì',
  },
  {
    sentence: '他们的手艺是一代一代传下来的。',
    pinyin: 'tā men de shǒu yì shì yī dài yī dài chuán xià lai de',
  },
  {
    sentence: '面对困难，他从来没有想过放弃。',
    pinyin: 'miàn duì kùn nan tā cóng lái méi yǒu xiǎng guo fàng qì',
  },
  {
    sentence: '工人们在桥墩上绑扎钢筋，动作熟练。',
    pinyin: 'gōng rén men zài qiáo dūn shàng bǎng zā gāng jīn dòng zuò shú liàn',
  },
  {
    sentence: '这种病早发现、早治疗，治愈率很高。',
    pinyin: 'zhè zhǒng bìng zǎo fā xiàn zǎo zhì liáo zhì yù lǜ hěn gāo',
  },
  {
    sentence: '下班后，他常常一个人留在实验室里琢磨新工艺。',
    pinyin: 'xià bān hòu tā cháng cháng yī ge rén liú zài shí yàn shì lǐ zuó mo xīn gōng yì',
  },
  {
    sentence: '她说话的声音不大，但句句都说到了大家的心坎上。',
    pinyin: 'tā shuō huà de shēng yīn bù dà dàn jù jù dōu shuō dào le dà jiā de xīn kǎn shàng',
  },
  {
    sentence: '这家工厂的废水经过处理后，达到了排放标准。',
    pinyin: 'zhè jiā gōng chǎng de fèi shuǐ jīng guò chǔ lǐ hòu dá dào le pái fàng biāo zhǔn',
  },
  {
    sentence: '我们不能只看眼前利益，还要看长远发展。',
    pinyin: 'wǒ men bù néng zhǐ kàn yǎn qián lì yì hái yào kàn cháng yuǎn fā zhǎn',
  },
  {
    sentence: '这个冬天，他第一次没有回老家过年。',
    pinyin: 'zhè ge dōng tiān tā dì yī cì méi yǒu huí lǎo jiā guò nián',
  },
  {
    sentence: '企业负责人表示，将尽快兑现拖欠的工资。',
    pinyin: 'qǐ yè fù zé rén biǎo shì jiāng jǐn kuài duì xiàn tuō qiàn de gōng zī',
  },
  {
    sentence: '他们自己动手，把一片荒地开垦成了菜园。',
    pinyin: 'tā men zì jǐ dòng shǒu bǎ yī piàn huāng dì kāi kěn chéng le cài yuán',
  },
  {
    sentence: '经过多次试验，他终于找到了问题的根源。',
    pinyin: 'jīng guò duō cì shì yàn tā zhōng yú zhǎo dào le wèn tí de gēn yuán',
  },
  {
    sentence: '每到周五下午，厂里都会组织职工打篮球。',
    pinyin: 'měi dào zhōu wǔ xià wǔ chǎng lǐ dōu huì zǔ zhī zhí gōng dǎ lán qiú',
  },
  {
    sentence: '在他看来，工作没有高低贵贱之分。',
    pinyin: 'zài tā kàn lai gōng zuò méi yǒu gāo dī guì jiàn zhī fēn',
  },
  {
    sentence: '他的徒弟中，已经有五人成为高级技师。',
    pinyin: 'tā de tú dì zhōng yǐ jīng yǒu wǔ rén chéng wéi gāo jí jì shī',
  },
  {
    sentence: '为了减轻职工负担，食堂的饭菜价格多年没有上涨。',
    pinyin: 'wèi le jiǎn qīng zhí gōng fù dān shí táng de fàn cài jià gé duō nián méi yǒu shàng zhǎng',
  },
  {
    sentence: '这位老人每天坚持步行五公里，风雨无阻。',
    pinyin: 'zhè wèi lǎo rén měi tiān jiān chí bù xíng wǔ gōng lǐ fēng yǔ wú zǔ',
  },
  {
    sentence: '她觉得，只要能帮到别人，自己累一点也没关系。',
    pinyin: 'tā jué de zhǐ yào néng bāng dào bié ren zì jǐ lèi yī diǎn yě méi guān xi',
  },
  {
    sentence: '这场直播吸引了十多万名网友观看。',
    pinyin: 'zhè chǎng zhí bō xī yǐn le shí duō wàn míng wǎng yǒu guān kàn',
  },
  {
    sentence: '这个项目的实施，将惠及沿线三十多万群众。',
    pinyin: 'zhè ge xiàng mù de shí shī jiāng huì jí yán xiàn sān shí duō wàn qún zhòng',
  },
  {
    sentence: '他说，这份工作虽然辛苦，但很有意义。',
    pinyin: 'tā shuō zhè fèn gōng zuò suī rán xīn kǔ dàn hěn yǒu yì yì',
  },
  {
    sentence: '天还没亮，送奶工就已经出发了。',
    pinyin: 'tiān hái méi liàng sòng nǎi gōng jiù yǐ jīng chū fā le',
  },
  {
    sentence: '他背起工具包，爬上了几十米高的铁塔。',
    pinyin: 'tā bēi qǐ gōng jù bāo pá shàng le jǐ shí mǐ gāo de tiě tǎ',
  },
  {
    sentence: '这所职业学校的毕业生供不应求。',
    pinyin: 'zhè suǒ zhí yè xué xiào de bì yè shēng gōng bù yìng qiú',
  },
  // 30 more everyday reports: none of their syllables was wrong.
  {
    sentence: '针对职工反映的问题，工会逐一进行了回复。',
    pinyin: 'zhēn duì zhí gōng fǎn yìng de wèn tí gōng huì zhú yī jìn xíng le huí fù',
  },
  {
    sentence: '这家养老院的护理员大多是四五十岁的女性。',
    pinyin: 'zhè jiā yǎng lǎo yuàn de hù lǐ yuán dà duō shì sì wǔ shí suì de nǚ xìng',
  },
  {
    sentence: '近日，一段环卫工人在寒风中吃早饭的视频在网上引发热议。',
    pinyin: 'jìn rì yī duàn huán wèi gōng rén zài hán fēng zhōng chī zǎo fàn de shì pín zài wǎng shàng yǐn fā rè yì',
  },
  {
    sentence: '他们在距地面一百多米的高空中安装玻璃幕墙。',
    pinyin: 'tā men zài jù dì miàn yī bǎi duō mǐ de gāo kōng zhōng ān zhuāng bō li mù qiáng',
  },
  {
    sentence: '工厂附近新建了一所幼儿园，解决了职工子女入园难的问题。',
    pinyin: 'gōng chǎng fù jìn xīn jiàn le yī suǒ yòu ér yuán jiě jué le zhí gōng zǐ nǚ rù yuán nán de wèn tí',
  },
  {
    sentence: '疫情期间，他主动请缨，到最危险的地方去。',
    pinyin: 'yì qíng qī jiān tā zhǔ dòng qǐng yīng dào zuì wēi xiǎn de dì fang qù',
  },
  {
    sentence: '公司规定，加班必须经过本人同意。',
    pinyin: 'gōng sī guī dìng jiā bān bì xū jīng guò běn rén tóng yì',
  },
  {
    sentence: '她从农村来到城市，从一名普通工人成长为企业的技术骨干。',
    pinyin: 'tā cóng nóng cūn lái dào chéng shì cóng yī míng pǔ tōng gōng rén chéng zhǎng wéi qǐ yè de jì shù gǔ gàn',
  },
  {
    sentence: '这些工人大多来自周边的农村，农忙时还要回家种地。',
    pinyin: 'zhè xiē gōng rén dà duō lái zì zhōu biān de nóng cūn nóng máng shí hái yào huí jiā zhòng dì',
  },
  {
    sentence: '他们用自己的双手，建起了一座座高楼大厦。',
    pinyin: 'tā men yòng zì jǐ de shuāng shǒu jiàn qǐ le yī zuò zuò gāo lóu dà shà',
  },
  {
    sentence: '这场讲座让职工们对劳动法有了更深的了解。',
    pinyin: 'zhè chǎng jiǎng zuò ràng zhí gōng men duì láo dòng fǎ yǒu le gèng shēn de liǎo jiě',
  },
  {
    sentence: '小王刚入职不久，对很多业务还不太熟悉。',
    pinyin: 'xiǎo wáng gāng rù zhí bù jiǔ duì hěn duō yè wù hái bù tài shú xī',
  },
  {
    sentence: '为了方便职工就餐，食堂延长了开放时间。',
    pinyin: 'wèi le fāng biàn zhí gōng jiù cān shí táng yán cháng le kāi fàng shí jiān',
  },
  {
    sentence: '这种工作对体力的要求很高，一般人干不了。',
    pinyin: 'zhè zhǒng gōng zuò duì tǐ lì de yāo qiú hěn gāo yī bān rén gàn bù liǎo',
  },
  {
    sentence: '他对自己要求极严，每个零件都要反复检查几遍。',
    pinyin: 'tā duì zì jǐ yāo qiú jí yán měi gè líng jiàn dōu yào fǎn fù jiǎn chá jǐ biàn',
  },
  {
    sentence: '退休后，他把主要精力都放在了社区公益上。',
    pinyin: 'tuì xiū hòu tā bǎ zhǔ yào jīng lì dōu fàng zài le shè qū gōng yì shàng',
  },
  {
    sentence: '老李的儿子在外地当兵，一年难得回来一次。',
    pinyin: 'lǎo lǐ de ér zi zài wài dì dāng bīng yī nián nán dé huí lai yī cì',
  },
  {
    sentence: '车间的墙上贴着“安全第一、预防为主”的标语。',
    pinyin: 'chē jiān de qiáng shàng tiē zhe ān quán dì yī yù fáng wéi zhǔ de biāo yǔ',
  },
  {
    sentence: '这次演练模拟了突发火灾时的人员疏散。',
    pinyin: 'zhè cì yǎn liàn mó nǐ le tū fā huǒ zāi shí de rén yuán shū sàn',
  },
  {
    sentence: '他们的故事被拍成了电影，感动了无数观众。',
    pinyin: 'tā men de gù shi bèi pāi chéng le diàn yǐng gǎn dòng le wú shù guān zhòng',
  },
  {
    sentence: '公司为此专门设立了一笔奖励基金。',
    pinyin: 'gōng sī wèi cǐ zhuān mén shè lì le yī bǐ jiǎng lì jī jīn',
  },
  {
    sentence: '记者注意到，现场有不少工人没有佩戴安全帽。',
    pinyin: 'jì zhě zhù yì dào xiàn chǎng yǒu bù shǎo gōng rén méi yǒu pèi dài ān quán mào',
  },
  {
    sentence: '这一年，他跑了一百多家企业，了解职工的需求。',
    pinyin: 'zhè yī nián tā pǎo le yī bǎi duō jiā qǐ yè liǎo jiě zhí gōng de xū qiú',
  },
  {
    sentence: '由于长期在噪声环境中工作，他的听力受到了影响。',
    pinyin: 'yóu yú cháng qī zài zào shēng huán jìng zhōng gōng zuò tā de tīng lì shòu dào le yǐng xiǎng',
  },
  {
    sentence: '这家企业的员工流失率连续三年下降。',
    pinyin: 'zhè jiā qǐ yè de yuán gōng liú shī lǜ lián xù sān nián xià jiàng',
  },
  {
    sentence: '她每天都要给上百位顾客量体裁衣。',
    pinyin: 'tā měi tiān dōu yào gěi shàng bǎi wèi gù kè liàng tǐ cái yī',
  },
  {
    sentence: '这批物资将分发给受灾地区的困难群众。',
    pinyin: 'zhè pī wù zī jiāng fēn fā gěi shòu zāi dì qū de kùn nan qún zhòng',
  },
  {
    sentence: '他的发明已经申请了国家专利，并投入了生产。',
    pinyin: 'tā de fā míng yǐ jīng shēn qǐng le guó jiā zhuān lì bìng tóu rù le shēng chǎn',
  },
  {
    sentence: '在这次比赛中，他以一分之差屈居亚军。',
    pinyin: 'zài zhè cì bǐ sài zhōng tā yǐ yī fēn zhī chā qū jū yà jūn',
  },
  {
    sentence: '经过调解，老板答应在月底前把工资结清。',
    pinyin: 'jīng guò tiáo jiě lǎo bǎn dā ying zài yuè dǐ qián bǎ gōng zī jié qīng',
  },
  // 30 more everyday reports: 2 of their 556 syllables were wrong (为保障旅客出行 wéi, 老职工都记得 dū).
  {
    sentence: '为保障春运期间旅客出行，铁路部门增开了临时列车。',
    pinyin: 'wèi bǎo zhàng chūn yùn qī jiān lǚ kè chū xíng tiě lù bù mén zēng kāi le lín shí liè chē',
  },
  {
    sentence: '这几位老师傅都是厂里的“宝贝”，什么难题都难不倒他们。',
    pinyin: 'zhè jǐ wèi lǎo shī fu dōu shì chǎng lǐ de bǎo bèi shén me nán tí dōu nán bù dǎo tā men',
  },
  {
    sentence: '雨过天晴，工地上又响起了机器的轰鸣声。',
    pinyin: 'yǔ guò tiān qíng gōng dì shàng yòu xiǎng qǐ le jī qì de hōng míng shēng',
  },
  {
    sentence: '他的左腿在一次事故中受了重伤，至今走路还有些不便。',
    pinyin: 'tā de zuǒ tuǐ zài yī cì shì gù zhōng shòu le zhòng shāng zhì jīn zǒu lù hái yǒu xiē bù biàn',
  },
  {
    sentence: '这个小区的老人多，社区专门开设了老年大学。',
    pinyin: 'zhè ge xiǎo qū de lǎo rén duō shè qū zhuān mén kāi shè le lǎo nián dà xué',
  },
  {
    sentence: '她一天要接听一百多个电话，嗓子常常是哑的。',
    pinyin: 'tā yī tiān yào jiē tīng yī bǎi duō ge diàn huà sǎng zi cháng cháng shì yǎ de',
  },
  {
    sentence: '这台设备价值上千万元，操作时必须格外小心。',
    pinyin: 'zhè tái shè bèi jià zhí shàng qiān wàn yuán cāo zuò shí bì xū gé wài xiǎo xīn',
  },
  {
    sentence: '他把每一次失败都当作一次学习的机会。',
    pinyin: 'tā bǎ měi yī cì shī bài dōu dàng zuò yī cì xué xí de jī huì',
  },
  {
    sentence: '为了按时交货，全厂职工连续加班了一个多星期。',
    pinyin: 'wèi le àn shí jiāo huò quán chǎng zhí gōng lián xù jiā bān le yī ge duō xīng qī',
  },
  {
    sentence: '到了晚上，广场上跳舞的人越来越多。',
    pinyin: 'dào le wǎn shang guǎng chǎng shàng tiào wǔ de rén yuè lái yuè duō',
  },
  {
    sentence: '他们给每位留守儿童都送去了一份新年礼物。',
    pinyin: 'tā men gěi měi wèi liú shǒu ér tóng dōu sòng qù le yī fèn xīn nián lǐ wù',
  },
  {
    sentence: '这条河曾经污染严重，如今河水又变清了。',
    pinyin: 'zhè tiáo hé céng jīng wū rǎn yán zhòng rú jīn hé shuǐ yòu biàn qīng le',
  },
  {
    sentence: '大家都说，他是一个实实在在的好人。',
    pinyin: 'dà jiā dōu shuō tā shì yī ge shí shí zài zài de hǎo rén',
  },
  {
    sentence: '新来的大学生很快就适应了车间的工作节奏。',
    pinyin: 'xīn lái de dà xué shēng hěn kuài jiù shì yìng le chē jiān de gōng zuò jié zòu',
  },
  {
    sentence: '在这里，每个人都能找到适合自己的岗位。',
    pinyin: 'zài zhè lǐ měi ge rén dōu néng zhǎo dào shì hé zì jǐ de gǎng wèi',
  },
  {
    sentence: '他小时候家里穷，初中没念完就出来打工了。',
    pinyin: 'tā xiǎo shí hou jiā lǐ qióng chū zhōng méi niàn wán jiù chū lái dǎ gōng le',
  },
  {
    sentence: '冬天的早晨，路面结冰，环卫工人要撒盐除冰。',
    pinyin: 'dōng tiān de zǎo chén lù miàn jié bīng huán wèi gōng rén yào sǎ yán chú bīng',
  },
  {
    sentence: '这家公司去年的营业收入突破了一百亿元大关。',
    pinyin: 'zhè jiā gōng sī qù nián de yíng yè shōu rù tū pò le yī bǎi yì yuán dà guān',
  },
  {
    sentence: '工作之余，他还喜欢写书法、下象棋。',
    pinyin: 'gōng zuò zhī yú tā hái xǐ huan xiě shū fǎ xià xiàng qí',
  },
  {
    sentence: '考虑到老人腿脚不便，志愿者们上门为他们服务。',
    pinyin: 'kǎo lǜ dào lǎo rén tuǐ jiǎo bù biàn zhì yuàn zhě men shàng mén wèi tā men fú wù',
  },
  {
    sentence: '厂里的老职工都记得，当年的厂房就是几间简陋的平房。',
    pinyin: 'chǎng lǐ de lǎo zhí gōng dōu jì de dāng nián de chǎng fáng jiù shì jǐ jiān jiǎn lòu de píng fáng',
  },
  {
    sentence: '他曾三次参加全国技能大赛，两次获得冠军。',
    pinyin: 'tā céng sān cì cān jiā quán guó jì néng dà sài liǎng cì huò dé guàn jūn',
  },
  {
    sentence: '医生叮嘱他，一定要按时吃药，注意休息。',
    pinyin: 'yī shēng dīng zhǔ tā yī dìng yào àn shí chī yào zhù yì xiū xi',
  },
  {
    sentence: '这支队伍常年在野外作业，一年有大半时间不在家。',
    pinyin: 'zhè zhī duì wǔ cháng nián zài yě wài zuò yè yī nián yǒu dà bàn shí jiān bù zài jiā',
  },
  {
    sentence: '他们把节约下来的钱，用在了改善职工生活上。',
    pinyin: 'tā men bǎ jié yuē xià lai de qián yòng zài le gǎi shàn zhí gōng shēng huó shàng',
  },
  {
    sentence: '她的父亲是一名铁路工人，她从小就听着火车的汽笛声长大。',
    pinyin: 'tā de fù qīn shì yī míng tiě lù gōng rén tā cóng xiǎo jiù tīng zhe huǒ chē de qì dí shēng zhǎng dà',
  },
  {
    sentence: '这批新车投入运营后，市民出行更加便利。',
    pinyin: 'zhè pī xīn chē tóu rù yùn yíng hòu shì mín chū xíng gèng jiā biàn lì',
  },
  {
    sentence: '他们正在为明年的生产计划做准备。',
    pinyin: 'tā men zhèng zài wèi míng nián de shēng chǎn jì huà zuò zhǔn bèi',
  },
  {
    sentence: '她说，只要身体允许，她会一直干到退休。',
    pinyin: 'tā shuō zhǐ yào shēn tǐ yǔn xǔ tā huì yī zhí gàn dào tuì xiū',
  },
  {
    sentence: '经过整修，这条老街重新热闹了起来。',
    pinyin: 'jīng guò zhěng xiū zhè tiáo lǎo jiē chóng xīn rè nao le qǐ lai',
  },
  // 60 more everyday reports: 1 of their 1,050 syllables was wrong (种粮大户 zhǒng).
  {
    sentence: '这家企业推行弹性工作制，职工可以自主安排上下班时间。',
    pinyin: 'zhè jiā qǐ yè tuī xíng tán xìng gōng zuò zhì zhí gōng kě yǐ zì zhǔ ān pái shàng xià bān shí jiān',
  },
  {
    sentence: '一场春雨过后，茶园里的新芽冒了出来。',
    pinyin: 'yī chǎng chūn yǔ guò hòu chá yuán lǐ de xīn yá mào le chū lái',
  },
  {
    sentence: '他们的日子虽然不富裕，但一家人和和美美。',
    pinyin: 'tā men de rì zi suī rán bù fù yù dàn yī jiā rén hé hé měi měi',
  },
  {
    sentence: '每天清晨，他都要把店门口的积雪扫干净。',
    pinyin: 'měi tiān qīng chén tā dōu yào bǎ diàn mén kǒu de jī xuě sǎo gān jìng',
  },
  {
    sentence: '为了多挣点钱，他晚上还兼职送外卖。',
    pinyin: 'wèi le duō zhèng diǎn qián tā wǎn shang hái jiān zhí sòng wài mài',
  },
  {
    sentence: '这个村子的年轻人大多外出打工了，留下的多是老人和孩子。',
    pinyin: 'zhè ge cūn zi de nián qīng rén dà duō wài chū dǎ gōng le liú xià de duō shì lǎo rén hé hái zi',
  },
  {
    sentence: '他们凭着一股韧劲，硬是在石头缝里种出了庄稼。',
    pinyin: 'tā men píng zhe yī gǔ rèn jìn yìng shì zài shí tou fèng lǐ zhòng chū le zhuāng jia',
  },
  {
    sentence: '说起自己的工作，她的脸上满是自豪。',
    pinyin: 'shuō qǐ zì jǐ de gōng zuò tā de liǎn shàng mǎn shì zì háo',
  },
  {
    sentence: '这位环卫工人捡到钱包后，第一时间交给了警察。',
    pinyin: 'zhè wèi huán wèi gōng rén jiǎn dào qián bāo hòu dì yī shí jiān jiāo gěi le jǐng chá',
  },
  {
    sentence: '这些孩子的父母常年在外，一年只能见上一面。',
    pinyin: 'zhè xiē hái zi de fù mǔ cháng nián zài wài yī nián zhǐ néng jiàn shàng yī miàn',
  },
  {
    sentence: '经过几代人的努力，这片沙漠变成了绿洲。',
    pinyin: 'jīng guò jǐ dài rén de nǔ lì zhè piàn shā mò biàn chéng le lǜ zhōu',
  },
  {
    sentence: '他把一生都献给了祖国的铁路事业。',
    pinyin: 'tā bǎ yī shēng dōu xiàn gěi le zǔ guó de tiě lù shì yè',
  },
  {
    sentence: '厂里的篮球队在全市职工联赛中拿了第一名。',
    pinyin: 'chǎng lǐ de lán qiú duì zài quán shì zhí gōng lián sài zhōng ná le dì yī míng',
  },
  {
    sentence: '她的丈夫是一名货车司机，常年跑长途。',
    pinyin: 'tā de zhàng fu shì yī míng huò chē sī jī cháng nián pǎo cháng tú',
  },
  {
    sentence: '这些老工人的经验，是企业最宝贵的财富之一。',
    pinyin: 'zhè xiē lǎo gōng rén de jīng yàn shì qǐ yè zuì bǎo guì de cái fù zhī yī',
  },
  {
    sentence: '在厂里干了一辈子，他对每一台机器都有感情。',
    pinyin: 'zài chǎng lǐ gàn le yī bèi zi tā duì měi yī tái jī qì dōu yǒu gǎn qíng',
  },
  {
    sentence: '工会干部挨家挨户走访，了解困难职工的实际需要。',
    pinyin: 'gōng huì gàn bù āi jiā āi hù zǒu fǎng liǎo jiě kùn nan zhí gōng de shí jì xū yào',
  },
  {
    sentence: '这种做法既节约了成本，又提高了效率。',
    pinyin: 'zhè zhǒng zuò fǎ jì jié yuē le chéng běn yòu tí gāo le xiào lǜ',
  },
  {
    sentence: '他们在山里一待就是几个月，吃住都在工地上。',
    pinyin: 'tā men zài shān lǐ yī dāi jiù shì jǐ ge yuè chī zhù dōu zài gōng dì shàng',
  },
  {
    sentence: '小伙子干活麻利，很快就得到了师傅的认可。',
    pinyin: 'xiǎo huǒ zi gàn huó má li hěn kuài jiù dé dào le shī fu de rèn kě',
  },
  {
    sentence: '这几年，他攒了一笔钱，准备在县城买套房子。',
    pinyin: 'zhè jǐ nián tā zǎn le yī bǐ qián zhǔn bèi zài xiàn chéng mǎi tào fáng zi',
  },
  {
    sentence: '地震发生后，救援人员第一时间赶到了现场。',
    pinyin: 'dì zhèn fā shēng hòu jiù yuán rén yuán dì yī shí jiān gǎn dào le xiàn chǎng',
  },
  {
    sentence: '这次评选活动共收到推荐材料三百多份。',
    pinyin: 'zhè cì píng xuǎn huó dòng gòng shōu dào tuī jiàn cái liào sān bǎi duō fèn',
  },
  {
    sentence: '他们中的许多人，第一次走进了大学的课堂。',
    pinyin: 'tā men zhōng de xǔ duō rén dì yī cì zǒu jìn le dà xué de kè táng',
  },
  {
    sentence: '为了不耽误工期，他把婚期推迟了半年。',
    pinyin: 'wèi le bù dān wu gōng qī tā bǎ hūn qī tuī chí le bàn nián',
  },
  {
    sentence: '她每天都会给远在家乡的父母打一个电话。',
    pinyin: 'tā měi tiān dōu huì gěi yuǎn zài jiā xiāng de fù mǔ dǎ yī ge diàn huà',
  },
  {
    sentence: '这家小饭馆开了二十年，老顾客都是附近的工人。',
    pinyin: 'zhè jiā xiǎo fàn guǎn kāi le èr shí nián lǎo gù kè dōu shì fù jìn de gōng rén',
  },
  {
    sentence: '他说，看到自己参与建设的大桥通车，心里特别自豪。',
    pinyin: 'tā shuō kàn dào zì jǐ cān yù jiàn shè de dà qiáo tōng chē xīn li tè bié zì háo',
  },
  {
    sentence: '这次培训结束后，学员们将参加统一考试。',
    pinyin: 'zhè cì péi xùn jié shù hòu xué yuán men jiāng cān jiā tǒng yī kǎo shì',
  },
  {
    sentence: '我们的目标，是让每一个劳动者都活得有尊严。',
    pinyin: 'wǒ men de mù biāo shì ràng měi yī ge láo dòng zhě dōu huó de yǒu zūn yán',
  },
  {
    sentence: '这位八十岁的老人，每天早上都会到公园里打太极拳。',
    pinyin: 'zhè wèi bā shí suì de lǎo rén měi tiān zǎo shang dōu huì dào gōng yuán lǐ dǎ tài jí quán',
  },
  {
    sentence: '公司食堂推出了“光盘行动”，倡导职工节约粮食。',
    pinyin: 'gōng sī shí táng tuī chū le guāng pán xíng dòng chàng dǎo zhí gōng jié yuē liáng shi',
  },
  {
    sentence: '他从一个门外汉，成长为远近闻名的种粮大户。',
    pinyin: 'tā cóng yī ge mén wài hàn chéng zhǎng wéi yuǎn jìn wén míng de zhòng liáng dà hù',
  },
  {
    sentence: '每逢周末，她都会带着女儿去图书馆看书。',
    pinyin: 'měi féng zhōu mò tā dōu huì dài zhe nǚ ér qù tú shū guǎn kàn shū',
  },
  {
    sentence: '这场暴雨导致多条道路积水，部分公交线路临时停运。',
    pinyin: 'zhè chǎng bào yǔ dǎo zhì duō tiáo dào lù jī shuǐ bù fen gōng jiāo xiàn lù lín shí tíng yùn',
  },
  {
    sentence: '工会为新入职的青年职工举办了集体婚礼。',
    pinyin: 'gōng huì wèi xīn rù zhí de qīng nián zhí gōng jǔ bàn le jí tǐ hūn lǐ',
  },
  {
    sentence: '他们背井离乡，在城市里寻找自己的梦想。',
    pinyin: 'tā men bèi jǐng lí xiāng zài chéng shì lǐ xún zhǎo zì jǐ de mèng xiǎng',
  },
  {
    sentence: '这种产品一上市，就受到了消费者的欢迎。',
    pinyin: 'zhè zhǒng chǎn pǐn yī shàng shì jiù shòu dào le xiāo fèi zhě de huān yíng',
  },
  {
    sentence: '他干活从不偷懒，脏活累活抢着干。',
    pinyin: 'tā gàn huó cóng bù tōu lǎn zāng huó lèi huó qiǎng zhe gàn',
  },
  {
    sentence: '这个月的订单比上个月多了一倍。',
    pinyin: 'zhè ge yuè de dìng dān bǐ shàng gè yuè duō le yī bèi',
  },
  {
    sentence: '大伙儿围坐在火炉旁，有说有笑。',
    pinyin: 'dà huǒ r wéi zuò zài huǒ lú páng yǒu shuō yǒu xiào',
  },
  {
    sentence: '这家工厂的工人，有一半是本村人。',
    pinyin: 'zhè jiā gōng chǎng de gōng rén yǒu yī bàn shì běn cūn rén',
  },
  {
    sentence: '他主动把评先进的机会让给了年轻人。',
    pinyin: 'tā zhǔ dòng bǎ píng xiān jìn de jī huì ràng gěi le nián qīng rén',
  },
  {
    sentence: '她家住在六楼，没有电梯，每天上下楼很不方便。',
    pinyin: 'tā jiā zhù zài liù lóu méi yǒu diàn tī měi tiān shàng xià lóu hěn bù fāng biàn',
  },
  {
    sentence: '这支乐队由十几名退休职工组成。',
    pinyin: 'zhè zhī yuè duì yóu shí jǐ míng tuì xiū zhí gōng zǔ chéng',
  },
  {
    sentence: '经过抢救，伤者已脱离生命危险。',
    pinyin: 'jīng guò qiǎng jiù shāng zhě yǐ tuō lí shēng mìng wēi xiǎn',
  },
  {
    sentence: '这里的农民靠种植草莓，一年能增收好几万元。',
    pinyin: 'zhè lǐ de nóng mín kào zhòng zhí cǎo méi yī nián néng zēng shōu hǎo jǐ wàn yuán',
  },
  {
    sentence: '他们一天要跑好几个工地，检查施工质量。',
    pinyin: 'tā men yī tiān yào pǎo hǎo jǐ ge gōng dì jiǎn chá shī gōng zhì liàng',
  },
  {
    sentence: '公司为职工缴纳了五险一金。',
    pinyin: 'gōng sī wèi zhí gōng jiǎo nà le wǔ xiǎn yī jīn',
  },
  {
    sentence: '这次活动得到了社会各界的大力支持。',
    pinyin: 'zhè cì huó dòng dé dào le shè huì gè jiè de dà lì zhī chí',
  },
  {
    sentence: '他说，自己的成功离不开家人的支持。',
    pinyin: 'tā shuō zì jǐ de chéng gōng lí bu kāi jiā rén de zhī chí',
  },
  {
    sentence: '每天下班回家，她还要给孩子辅导功课。',
    pinyin: 'měi tiān xià bān huí jiā tā hái yào gěi hái zi fǔ dǎo gōng kè',
  },
  {
    sentence: '这些年，他们村的路修好了，房子也翻新了。',
    pinyin: 'zhè xiē nián tā men cūn de lù xiū hǎo le fáng zi yě fān xīn le',
  },
  {
    sentence: '他把这次失误当成了一次教训。',
    pinyin: 'tā bǎ zhè cì shī wù dàng chéng le yī cì jiào xun',
  },
  {
    sentence: '工人们在零下十几度的冷库里搬运货物。',
    pinyin: 'gōng rén men zài líng xià shí jǐ dù de lěng kù lǐ bān yùn huò wù',
  },
  {
    sentence: '老张的女儿在外地读大学，学的是机械专业。',
    pinyin: 'lǎo zhāng de nǚ ér zài wài dì dú dà xué xué de shì jī xiè zhuān yè',
  },
  {
    sentence: '这座桥的设计使用寿命为一百年。',
    pinyin: 'zhè zuò qiáo de shè jì shǐ yòng shòu mìng wéi yī bǎi nián',
  },
  {
    sentence: '为了让孩子上学方便，他们在学校附近租了房子。',
    pinyin: 'wèi le ràng hái zi shàng xué fāng biàn tā men zài xué xiào fù jìn zū le fáng zi',
  },
  {
    sentence: '由于表现出色，他被破格提拔为车间副主任。',
    pinyin: 'yóu yú biǎo xiàn chū sè tā bèi pò gé tí bá wéi chē jiān fù zhǔ rèn',
  },
  {
    sentence: '天黑了，工地上的灯亮了起来，工人们还在忙碌着。',
    pinyin: 'tiān hēi le gōng dì shàng de dēng liàng le qǐ lai gōng rén men hái zài máng lù zhe',
  },
  // 30 more on courts, science, sport and culture: 1 of their 548 syllables was wrong (公司应向劳动者支付
  // yìng).
  {
    sentence: '这部新修订的法规，进一步明确了用人单位的安全生产责任。',
    pinyin: 'zhè bù xīn xiū dìng de fǎ guī jìn yī bù míng què le yòng rén dān wèi de ān quán shēng chǎn zé rèn',
  },
  {
    sentence: '仲裁委员会裁定，公司应向劳动者支付经济补偿金两万元。',
    pinyin:
      'zhòng cái wěi yuán huì cái dìng gōng sī yīng xiàng láo dòng zhě zhī fù jīng jì bǔ cháng jīn liǎng wàn yuán',
  },
  {
    sentence: '法院认为，双方存在事实劳动关系。',
    pinyin: 'fǎ yuàn rèn wéi shuāng fāng cún zài shì shí láo dòng guān xi',
  },
  {
    sentence: '他在比赛中摔倒后爬起来继续跑，赢得了全场的掌声。',
    pinyin: 'tā zài bǐ sài zhōng shuāi dǎo hòu pá qǐ lai jì xù pǎo yíng dé le quán chǎng de zhǎng shēng',
  },
  {
    sentence: '这位老艺人用一把剪刀，剪出了一幅幅生动的作品。',
    pinyin: 'zhè wèi lǎo yì rén yòng yī bǎ jiǎn dāo jiǎn chū le yī fú fú shēng dòng de zuò pǐn',
  },
  {
    sentence: '医生提醒，长时间低头看手机容易引发颈椎病。',
    pinyin: 'yī shēng tí xǐng cháng shí jiān dī tóu kàn shǒu jī róng yì yǐn fā jǐng zhuī bìng',
  },
  {
    sentence: '研究人员经过五年攻关，成功研制出新型电池。',
    pinyin: 'yán jiū rén yuán jīng guò wǔ nián gōng guān chéng gōng yán zhì chū xīn xíng diàn chí',
  },
  {
    sentence: '这台机器人能代替工人完成焊接、搬运等工作。',
    pinyin: 'zhè tái jī qì rén néng dài tì gōng rén wán chéng hàn jiē bān yùn děng gōng zuò',
  },
  {
    sentence: '他们编写的教材，已在全国一百多所学校使用。',
    pinyin: 'tā men biān xiě de jiào cái yǐ zài quán guó yī bǎi duō suǒ xué xiào shǐ yòng',
  },
  {
    sentence: '专家指出，要防止“一刀切”，因地制宜地推进改革。',
    pinyin: 'zhuān jiā zhǐ chū yào fáng zhǐ yī dāo qiē yīn dì zhì yí de tuī jìn gǎi gé',
  },
  {
    sentence: '本届运动会共设十八个比赛项目，有两千多名运动员参赛。',
    pinyin: 'běn jiè yùn dòng huì gòng shè shí bā gè bǐ sài xiàng mù yǒu liǎng qiān duō míng yùn dòng yuán cān sài',
  },
  {
    sentence: '这场音乐会的门票很快就被抢购一空。',
    pinyin: 'zhè chǎng yīn yuè huì de mén piào hěn kuài jiù bèi qiǎng gòu yī kōng',
  },
  {
    sentence: '他写的一本书记录了三代铁路人的奋斗历程。',
    pinyin: 'tā xiě de yī běn shū jì lù le sān dài tiě lù rén de fèn dòu lì chéng',
  },
  {
    sentence: '一些不法分子利用求职者急于找工作的心理实施诈骗。',
    pinyin: 'yī xiē bù fǎ fèn zǐ lì yòng qiú zhí zhě jí yú zhǎo gōng zuò de xīn lǐ shí shī zhà piàn',
  },
  {
    sentence: '新政策实施后，职工看病报销的比例提高了。',
    pinyin: 'xīn zhèng cè shí shī hòu zhí gōng kàn bìng bào xiāo de bǐ lì tí gāo le',
  },
  {
    sentence: '参加体检的职工中，有三成存在不同程度的健康问题。',
    pinyin: 'cān jiā tǐ jiǎn de zhí gōng zhōng yǒu sān chéng cún zài bù tóng chéng dù de jiàn kāng wèn tí',
  },
  {
    sentence: '这场展览展出了两百多件劳模的实物和照片。',
    pinyin: 'zhè chǎng zhǎn lǎn zhǎn chū le liǎng bǎi duō jiàn láo mó de shí wù hé zhào piàn',
  },
  {
    sentence: '检察院依法对该案提起了公诉。',
    pinyin: 'jiǎn chá yuàn yī fǎ duì gāi àn tí qǐ le gōng sù',
  },
  {
    sentence: '他的论文发表在国内一家核心期刊上。',
    pinyin: 'tā de lùn wén fā biǎo zài guó nèi yī jiā hé xīn qī kān shàng',
  },
  {
    sentence: '那位老教授今年九十岁了，仍然坚持每天看书写作。',
    pinyin: 'nà wèi lǎo jiào shòu jīn nián jiǔ shí suì le réng rán jiān chí měi tiān kàn shū xiě zuò',
  },
  {
    sentence: '这次大会选出了新一届领导班子。',
    pinyin: 'zhè cì dà huì xuǎn chū le xīn yī jiè lǐng dǎo bān zi',
  },
  {
    sentence: '他被聘为市政府的法律顾问。',
    pinyin: 'tā bèi pìn wéi shì zhèng fǔ de fǎ lǜ gù wèn',
  },
  {
    sentence: '他们在深海中发现了一种新的鱼类。',
    pinyin: 'tā men zài shēn hǎi zhōng fā xiàn le yī zhǒng xīn de yú lèi',
  },
  {
    sentence: '这所学校把劳动教育纳入了必修课程。',
    pinyin: 'zhè suǒ xué xiào bǎ láo dòng jiào yù nà rù le bì xiū kè chéng',
  },
  {
    sentence: '这部电视剧讲述了一群建设者的故事。',
    pinyin: 'zhè bù diàn shì jù jiǎng shù le yī qún jiàn shè zhě de gù shi',
  },
  {
    sentence: '这位运动员的成绩比上一届提高了零点三秒。',
    pinyin: 'zhè wèi yùn dòng yuán de chéng jì bǐ shàng yī jiè tí gāo le líng diǎn sān miǎo',
  },
  {
    sentence: '我们将继续跟踪报道这一事件的进展。',
    pinyin: 'wǒ men jiāng jì xù gēn zōng bào dào zhè yī shì jiàn de jìn zhǎn',
  },
  {
    sentence: '人工智能的发展，给不少行业带来了冲击。',
    pinyin: 'rén gōng zhì néng de fā zhǎn gěi bù shǎo háng yè dài lái le chōng jī',
  },
  {
    sentence: '他擅长用漫画的形式宣传安全知识。',
    pinyin: 'tā shàn cháng yòng màn huà de xíng shì xuān chuán ān quán zhī shi',
  },
  {
    sentence: '新建的体育馆可同时容纳五千名观众。',
    pinyin: 'xīn jiàn de tǐ yù guǎn kě tóng shí róng nà wǔ qiān míng guān zhòng',
  },
  // 20 quotes of spoken Chinese: 1 of their 284 syllables was wrong (可不容易 bu).
  {
    sentence: '“师傅，这台车还能修吗？”“能修，你放心吧。”',
    pinyin: 'shī fu zhè tái chē hái néng xiū ma néng xiū nǐ fàng xīn ba',
  },
  {
    sentence: '“累不累？”“累是累了点，可心里踏实。”',
    pinyin: 'lèi bù lèi lèi shì lèi le diǎn kě xīn li tā shi',
  },
  {
    sentence: '老王笑呵呵地说：“干了一辈子，值了！”',
    pinyin: 'lǎo wáng xiào hē hē de shuō gàn le yī bèi zi zhí le',
  },
  {
    sentence: '“你们来得正好，我们正缺人手呢。”',
    pinyin: 'nǐ men lái de zhèng hǎo wǒ men zhèng quē rén shǒu ne',
  },
  {
    sentence: '她一边擦汗一边说：“今天的任务总算完成了。”',
    pinyin: 'tā yī biān cā hàn yī biān shuō jīn tiān de rèn wu zǒng suàn wán chéng le',
  },
  {
    sentence: '“别着急，慢慢来。”师傅拍了拍他的肩膀。',
    pinyin: 'bié zháo jí màn màn lái shī fu pāi le pāi tā de jiān bǎng',
  },
  {
    sentence: '“这个月的工资发了吗？”“早就发了，一分不少。”',
    pinyin: 'zhè ge yuè de gōng zī fā le ma zǎo jiù fā le yī fēn bù shǎo',
  },
  {
    sentence: '他挠了挠头，不好意思地笑了。',
    pinyin: 'tā náo le náo tóu bù hǎo yì si de xiào le',
  },
  {
    sentence: '“我们厂的产品，那可是出了名的好。”',
    pinyin: 'wǒ men chǎng de chǎn pǐn nà kě shì chū le míng de hǎo',
  },
  {
    sentence: '“有困难就找工会，工会就是职工的娘家。”',
    pinyin: 'yǒu kùn nan jiù zhǎo gōng huì gōng huì jiù shì zhí gōng de niáng jiā',
  },
  {
    sentence: '“孩子们放寒假了，我得早点回家看看。”',
    pinyin: 'hái zi men fàng hán jià le wǒ děi zǎo diǎn huí jiā kàn kan',
  },
  {
    sentence: '“只要肯干，日子总会越过越好的。”',
    pinyin: 'zhǐ yào kěn gàn rì zi zǒng huì yuè guò yuè hǎo de',
  },
  {
    sentence: '“你先歇会儿，剩下的我来干。”',
    pinyin: 'nǐ xiān xiē huì r shèng xià de wǒ lái gàn',
  },
  {
    sentence: '大娘拉着记者的手说：“多亏了这些好心人。”',
    pinyin: 'dà niáng lā zhe jì zhě de shǒu shuō duō kuī le zhè xiē hǎo xīn rén',
  },
  {
    sentence: '“这活儿看着简单，干起来可不容易。”',
    pinyin: 'zhè huó r kàn zhe jiǎn dān gàn qǐ lai kě bù róng yì',
  },
  {
    sentence: '“下个月就要考试了，我得抓紧复习。”',
    pinyin: 'xià gè yuè jiù yào kǎo shì le wǒ děi zhuā jǐn fù xí',
  },
  {
    sentence: '“以前哪敢想，现在住上了楼房。”',
    pinyin: 'yǐ qián nǎ gǎn xiǎng xiàn zài zhù shàng le lóu fáng',
  },
  {
    sentence: '“这一块钱的车票，一坐就是二十年。”',
    pinyin: 'zhè yī kuài qián de chē piào yī zuò jiù shì èr shí nián',
  },
  {
    sentence: '“他呀，就是个工作狂。”同事们笑着说。',
    pinyin: 'tā ya jiù shì gè gōng zuò kuáng tóng shì men xiào zhe shuō',
  },
  {
    sentence: '“走，咱们去食堂吃饭，今天有饺子。”',
    pinyin: 'zǒu zán men qù shí táng chī fàn jīn tiān yǒu jiǎo zi',
  },
  // 30 more everyday reports: none of their 598 syllables was wrong.
  {
    sentence: '随着气温回升，各地建筑工地陆续复工。',
    pinyin: 'suí zhe qì wēn huí shēng gè dì jiàn zhù gōng dì lù xù fù gōng',
  },
  {
    sentence: '这条新开通的公交线路，方便了周边居民出行。',
    pinyin: 'zhè tiáo xīn kāi tōng de gōng jiāo xiàn lù fāng biàn le zhōu biān jū mín chū xíng',
  },
  {
    sentence: '他利用业余时间学习编程，如今已能独立开发小程序。',
    pinyin: 'tā lì yòng yè yú shí jiān xué xí biān chéng rú jīn yǐ néng dú lì kāi fā xiǎo chéng xù',
  },
  {
    sentence: '为了改善职工的工作环境，公司投入三百万元对车间进行了改造。',
    pinyin:
      'wèi le gǎi shàn zhí gōng de gōng zuò huán jìng gōng sī tóu rù sān bǎi wàn yuán duì chē jiān jìn xíng le gǎi zào',
  },
  {
    sentence: '这批农民工在当地政府的帮助下，顺利找到了工作。',
    pinyin: 'zhè pī nóng mín gōng zài dāng dì zhèng fǔ de bāng zhù xià shùn lì zhǎo dào le gōng zuò',
  },
  {
    sentence: '每到饭点，这家快餐店门前就排起了长队。',
    pinyin: 'měi dào fàn diǎn zhè jiā kuài cān diàn mén qián jiù pái qǐ le cháng duì',
  },
  {
    sentence: '他的一项小改革，每年能为公司节约成本五十多万元。',
    pinyin: 'tā de yī xiàng xiǎo gǎi gé měi nián néng wèi gōng sī jié yuē chéng běn wǔ shí duō wàn yuán',
  },
  {
    sentence: '这家企业连续十年没有发生一起安全事故。',
    pinyin: 'zhè jiā qǐ yè lián xù shí nián méi yǒu fā shēng yī qǐ ān quán shì gù',
  },
  {
    sentence: '社区医院的医生每周都会上门为行动不便的老人看病。',
    pinyin: 'shè qū yī yuàn de yī shēng měi zhōu dōu huì shàng mén wèi xíng dòng bù biàn de lǎo rén kàn bìng',
  },
  {
    sentence: '这几年，村里的土路变成了水泥路，出行方便多了。',
    pinyin: 'zhè jǐ nián cūn lǐ de tǔ lù biàn chéng le shuǐ ní lù chū xíng fāng biàn duō le',
  },
  {
    sentence: '她把自己的经历写成了一本书，鼓励更多的女性自强自立。',
    pinyin: 'tā bǎ zì jǐ de jīng lì xiě chéng le yī běn shū gǔ lì gèng duō de nǚ xìng zì qiáng zì lì',
  },
  {
    sentence: '每年春节前，公司都会组织专车送外地职工回家过年。',
    pinyin: 'měi nián chūn jié qián gōng sī dōu huì zǔ zhī zhuān chē sòng wài dì zhí gōng huí jiā guò nián',
  },
  {
    sentence: '他在这个岗位上默默坚守了二十多年，从未请过一天假。',
    pinyin: 'tā zài zhè ge gǎng wèi shàng mò mò jiān shǒu le èr shí duō nián cóng wèi qǐng guo yī tiān jià',
  },
  {
    sentence: '工会向全体职工发出倡议，号召大家节约用水用电。',
    pinyin: 'gōng huì xiàng quán tǐ zhí gōng fā chū chàng yì hào zhào dà jiā jié yuē yòng shuǐ yòng diàn',
  },
  {
    sentence: '这种新型材料可以回收利用，减少了环境污染。',
    pinyin: 'zhè zhǒng xīn xíng cái liào kě yǐ huí shōu lì yòng jiǎn shǎo le huán jìng wū rǎn',
  },
  {
    sentence: '村里建起了扶贫车间，村民在家门口就能就业。',
    pinyin: 'cūn lǐ jiàn qǐ le fú pín chē jiān cūn mín zài jiā mén kǒu jiù néng jiù yè',
  },
  {
    sentence: '为了确保工程质量，他每天都要到现场查看好几遍。',
    pinyin: 'wèi le què bǎo gōng chéng zhì liàng tā měi tiān dōu yào dào xiàn chǎng chá kàn hǎo jǐ biàn',
  },
  {
    sentence: '这所学校为农民工子女提供了免费的课后辅导。',
    pinyin: 'zhè suǒ xué xiào wèi nóng mín gōng zǐ nǚ tí gōng le miǎn fèi de kè hòu fǔ dǎo',
  },
  {
    sentence: '他们利用周末时间，到敬老院为老人们打扫卫生。',
    pinyin: 'tā men lì yòng zhōu mò shí jiān dào jìng lǎo yuàn wèi lǎo rén men dǎ sǎo wèi shēng',
  },
  {
    sentence: '新年第一天，许多劳动者依然坚守在工作岗位上。',
    pinyin: 'xīn nián dì yī tiān xǔ duō láo dòng zhě yī rán jiān shǒu zài gōng zuò gǎng wèi shàng',
  },
  {
    sentence: '从这里出发，坐高铁到省城只要一个小时。',
    pinyin: 'cóng zhè lǐ chū fā zuò gāo tiě dào shěng chéng zhǐ yào yī ge xiǎo shí',
  },
  {
    sentence: '她说，这份工作让她找到了人生的价值。',
    pinyin: 'tā shuō zhè fèn gōng zuò ràng tā zhǎo dào le rén shēng de jià zhí',
  },
  {
    sentence: '厂区里种满了花草树木，环境像公园一样。',
    pinyin: 'chǎng qū lǐ zhòng mǎn le huā cǎo shù mù huán jìng xiàng gōng yuán yī yàng',
  },
  {
    sentence: '这项服务推出后，受到了广大职工的好评。',
    pinyin: 'zhè xiàng fú wù tuī chū hòu shòu dào le guǎng dà zhí gōng de hǎo píng',
  },
  {
    sentence: '由于常年在户外工作，他的皮肤被晒得黝黑。',
    pinyin: 'yóu yú cháng nián zài hù wài gōng zuò tā de pí fū bèi shài de yǒu hēi',
  },
  {
    sentence: '他们把闲置的厂房出租出去，每年增加收入几十万元。',
    pinyin: 'tā men bǎ xián zhì de chǎng fáng chū zū chū qù měi nián zēng jiā shōu rù jǐ shí wàn yuán',
  },
  {
    sentence: '这位大学生毕业后回到家乡，当起了新农人。',
    pinyin: 'zhè wèi dà xué shēng bì yè hòu huí dào jiā xiāng dāng qǐ le xīn nóng rén',
  },
  {
    sentence: '经过培训，她已经能够熟练操作这台数控机床。',
    pinyin: 'jīng guò péi xùn tā yǐ jīng néng gòu shú liàn cāo zuò zhè tái shù kòng jī chuáng',
  },
  {
    sentence: '他们在生产中不断摸索，总结出了一套节能降耗的办法。',
    pinyin: 'tā men zài shēng chǎn zhōng bù duàn mō suo zǒng jié chū le yī tào jié néng jiàng hào de bàn fǎ',
  },
  {
    sentence: '如今，这里已经成为远近闻名的旅游景点。',
    pinyin: 'rú jīn zhè lǐ yǐ jīng chéng wéi yuǎn jìn wén míng de lǚ yóu jǐng diǎn',
  },
  // 30 built on the issue's classes (干 alone, 到了, 得 after a verb, 地 after an adverbial, names
  // opening a sentence, 为 after a verb): 4 of their 436 syllables were wrong (查建国 chá, 单红霞 dān,
  // 好得多 hào, 冲过了终点 guo).
  {
    sentence: '大家撸起袖子加油干，确保年底前完成任务。',
    pinyin: 'dà jiā lū qǐ xiù zi jiā yóu gàn què bǎo nián dǐ qián wán chéng rèn wu',
  },
  {
    sentence: '只要方向对了，就要坚持干下去。',
    pinyin: 'zhǐ yào fāng xiàng duì le jiù yào jiān chí gàn xià qù',
  },
  {
    sentence: '他们说干就干，当天就把设备运到了现场。',
    pinyin: 'tā men shuō gàn jiù gàn dāng tiān jiù bǎ shè bèi yùn dào le xiàn chǎng',
  },
  {
    sentence: '这些措施落实到了每一个班组。',
    pinyin: 'zhè xiē cuò shī luò shí dào le měi yī ge bān zǔ',
  },
  {
    sentence: '我们的工作得到了上级的肯定。',
    pinyin: 'wǒ men de gōng zuò dé dào le shàng jí de kěn dìng',
  },
  {
    sentence: '他跑得很快，第一个冲过了终点。',
    pinyin: 'tā pǎo de hěn kuài dì yī gè chōng guò le zhōng diǎn',
  },
  {
    sentence: '这件事他办得漂亮，大家都很满意。',
    pinyin: 'zhè jiàn shì tā bàn de piào liang dà jiā dōu hěn mǎn yì',
  },
  {
    sentence: '他们积极地参与到社区治理中来。',
    pinyin: 'tā men jī jí de cān yù dào shè qū zhì lǐ zhōng lái',
  },
  {
    sentence: '工人们一丝不苟地检查每一道焊缝。',
    pinyin: 'gōng rén men yī sī bù gǒu de jiǎn chá měi yī dào hàn fèng',
  },
  {
    sentence: '她认真地记下了每一位职工的诉求。',
    pinyin: 'tā rèn zhēn de jì xià le měi yī wèi zhí gōng de sù qiú',
  },
  {
    sentence: '查建国今年五十岁，是厂里的老技术员。',
    pinyin: 'zhā jiàn guó jīn nián wǔ shí suì shì chǎng lǐ de lǎo jì shù yuán',
  },
  {
    sentence: '单红霞和她的同事们连续奋战了一个月。',
    pinyin: 'shàn hóng xiá hé tā de tóng shì men lián xù fèn zhàn le yī ge yuè',
  },
  {
    sentence: '曾宪明说，这些年厂里的变化太大了。',
    pinyin: 'zēng xiàn míng shuō zhè xiē nián chǎng lǐ de biàn huà tài dà le',
  },
  {
    sentence: '该厂被评为全国模范劳动关系和谐企业。',
    pinyin: 'gāi chǎng bèi píng wéi quán guó mó fàn láo dòng guān xi hé xié qǐ yè',
  },
  {
    sentence: '这个车间被确定为公司的试点单位。',
    pinyin: 'zhè ge chē jiān bèi què dìng wéi gōng sī de shì diǎn dān wèi',
  },
  {
    sentence: '他把这笔钱作为奖励，发给了表现突出的职工。',
    pinyin: 'tā bǎ zhè bǐ qián zuò wéi jiǎng lì fā gěi le biǎo xiàn tū chū de zhí gōng',
  },
  {
    sentence: '这场雨下得正是时候，庄稼喝足了水。',
    pinyin: 'zhè chǎng yǔ xià de zhèng shì shí hou zhuāng jia hē zú le shuǐ',
  },
  {
    sentence: '企业要把职工的安全放在第一位。',
    pinyin: 'qǐ yè yào bǎ zhí gōng de ān quán fàng zài dì yī wèi',
  },
  {
    sentence: '他把自己的一生都奉献给了教育事业。',
    pinyin: 'tā bǎ zì jǐ de yī shēng dōu fèng xiàn gěi le jiào yù shì yè',
  },
  {
    sentence: '这条路修好以后，村民们卖菜方便多了。',
    pinyin: 'zhè tiáo lù xiū hǎo yǐ hòu cūn mín men mài cài fāng biàn duō le',
  },
  {
    sentence: '他干得一手好活，厂里人都服他。',
    pinyin: 'tā gàn de yī shǒu hǎo huó chǎng lǐ rén dōu fú tā',
  },
  {
    sentence: '今年的收成比去年好得多。',
    pinyin: 'jīn nián de shōu chéng bǐ qù nián hǎo de duō',
  },
  {
    sentence: '为职工办好事、办实事，是工会的职责所在。',
    pinyin: 'wèi zhí gōng bàn hǎo shì bàn shí shì shì gōng huì de zhí zé suǒ zài',
  },
  {
    sentence: '这种现象在一些地方还比较普遍。',
    pinyin: 'zhè zhǒng xiàn xiàng zài yī xiē dì fang hái bǐ jiào pǔ biàn',
  },
  {
    sentence: '他还清了所有的债务，心里一下子轻松了。',
    pinyin: 'tā huán qīng le suǒ yǒu de zhài wù xīn li yī xià zi qīng sōng le',
  },
  {
    sentence: '她长得很像她的母亲。',
    pinyin: 'tā zhǎng de hěn xiàng tā de mǔ qīn',
  },
  {
    sentence: '这些年，他一直在为此事奔走。',
    pinyin: 'zhè xiē nián tā yī zhí zài wèi cǐ shì bēn zǒu',
  },
  {
    sentence: '厂里的设备都是从国外进口的。',
    pinyin: 'chǎng lǐ de shè bèi dōu shì cóng guó wài jìn kǒu de',
  },
  {
    sentence: '我们得想办法把损失降到最低。',
    pinyin: 'wǒ men děi xiǎng bàn fǎ bǎ sǔn shī jiàng dào zuì dī',
  },
  {
    sentence: '这件事说起来容易，做起来难。',
    pinyin: 'zhè jiàn shì shuō qǐ lai róng yì zuò qǐ lai nán',
  },
  // 30 more everyday reports: none of their 478 syllables was wrong (一起事故 and 后进了 were
  // segmentation only).
  {
    sentence: '这家工厂去年发生了一起安全事故，造成两人受伤。',
    pinyin: 'zhè jiā gōng chǎng qù nián fā shēng le yī qǐ ān quán shì gù zào chéng liǎng rén shòu shāng',
  },
  {
    sentence: '法院近日审结了一起拖欠农民工工资的案件。',
    pinyin: 'fǎ yuàn jìn rì shěn jié le yī qǐ tuō qiàn nóng mín gōng gōng zī de àn jiàn',
  },
  {
    sentence: '他和妻子一起经营着一家小超市。',
    pinyin: 'tā hé qī zi yī qǐ jīng yíng zhe yī jiā xiǎo chāo shì',
  },
  {
    sentence: '这条街上新开了一家书店，吸引了不少年轻人。',
    pinyin: 'zhè tiáo jiē shang xīn kāi le yī jiā shū diàn xī yǐn le bù shǎo nián qīng rén',
  },
  {
    sentence: '每天下午四点，学校门口就挤满了接孩子的家长。',
    pinyin: 'měi tiān xià wǔ sì diǎn xué xiào mén kǒu jiù jǐ mǎn le jiē hái zi de jiā zhǎng',
  },
  {
    sentence: '他的手机里存着上千张工地的照片。',
    pinyin: 'tā de shǒu jī lǐ cún zhe shàng qiān zhāng gōng dì de zhào piàn',
  },
  {
    sentence: '随着年龄增长，他渐渐干不动重活了。',
    pinyin: 'suí zhe nián líng zēng zhǎng tā jiàn jiàn gàn bù dòng zhòng huó le',
  },
  {
    sentence: '会上，他代表全体新员工作了表态发言。',
    pinyin: 'huì shàng tā dài biǎo quán tǐ xīn yuán gōng zuò le biǎo tài fā yán',
  },
  {
    sentence: '这支队伍里年纪最大的已经六十多岁了。',
    pinyin: 'zhè zhī duì wǔ lǐ nián jì zuì dà de yǐ jīng liù shí duō suì le',
  },
  {
    sentence: '她的店里卖的都是自己手工做的布鞋。',
    pinyin: 'tā de diàn lǐ mài de dōu shì zì jǐ shǒu gōng zuò de bù xié',
  },
  {
    sentence: '工人们正忙着把货物装上集装箱。',
    pinyin: 'gōng rén men zhèng máng zhe bǎ huò wù zhuāng shàng jí zhuāng xiāng',
  },
  {
    sentence: '这位老师傅一眼就看出了问题所在。',
    pinyin: 'zhè wèi lǎo shī fu yī yǎn jiù kàn chū le wèn tí suǒ zài',
  },
  {
    sentence: '天气越来越冷，工地上的工人们穿上了棉衣。',
    pinyin: 'tiān qì yuè lái yuè lěng gōng dì shàng de gōng rén men chuān shang le mián yī',
  },
  {
    sentence: '这个项目总共需要三年时间才能完成。',
    pinyin: 'zhè ge xiàng mù zǒng gòng xū yào sān nián shí jiān cái néng wán chéng',
  },
  {
    sentence: '他年轻时当过兵，退伍后进了工厂。',
    pinyin: 'tā nián qīng shí dāng guo bīng tuì wǔ hòu jìn le gōng chǎng',
  },
  {
    sentence: '我们要让每一个孩子都能享受到公平的教育。',
    pinyin: 'wǒ men yào ràng měi yī ge hái zi dōu néng xiǎng shòu dào gōng píng de jiào yù',
  },
  {
    sentence: '这家企业的效益好了，职工的腰包也鼓了起来。',
    pinyin: 'zhè jiā qǐ yè de xiào yì hǎo le zhí gōng de yāo bāo yě gǔ le qǐ lai',
  },
  {
    sentence: '夜深了，车间里依然灯火通明。',
    pinyin: 'yè shēn le chē jiān lǐ yī rán dēng huǒ tōng míng',
  },
  {
    sentence: '这项工作看似简单，其实有很多门道。',
    pinyin: 'zhè xiàng gōng zuò kàn sì jiǎn dān qí shí yǒu hěn duō mén dào',
  },
  {
    sentence: '一到冬天，这里的游客就少了很多。',
    pinyin: 'yī dào dōng tiān zhè lǐ de yóu kè jiù shǎo le hěn duō',
  },
  {
    sentence: '为了省钱，他每天中午都自己带饭。',
    pinyin: 'wèi le shěng qián tā měi tiān zhōng wǔ dōu zì jǐ dài fàn',
  },
  {
    sentence: '她把一封感谢信送到了工会。',
    pinyin: 'tā bǎ yī fēng gǎn xiè xìn sòng dào le gōng huì',
  },
  {
    sentence: '这些年，他先后带过三十多个徒弟。',
    pinyin: 'zhè xiē nián tā xiān hòu dài guo sān shí duō ge tú dì',
  },
  {
    sentence: '这辆车已经开了十几年，还能正常使用。',
    pinyin: 'zhè liàng chē yǐ jīng kāi le shí jǐ nián hái néng zhèng cháng shǐ yòng',
  },
  {
    sentence: '大家的意见很快就得到了回应。',
    pinyin: 'dà jiā de yì jiàn hěn kuài jiù dé dào le huí yìng',
  },
  {
    sentence: '他们用了半年时间，走遍了全县所有的村庄。',
    pinyin: 'tā men yòng le bàn nián shí jiān zǒu biàn le quán xiàn suǒ yǒu de cūn zhuāng',
  },
  {
    sentence: '他的父亲是村里有名的木匠。',
    pinyin: 'tā de fù qīn shì cūn lǐ yǒu míng de mù jiàng',
  },
  {
    sentence: '这场大火烧了整整一夜。',
    pinyin: 'zhè chǎng dà huǒ shāo le zhěng zhěng yī yè',
  },
  {
    sentence: '经过几年的发展，这个小作坊已经成为当地的龙头企业。',
    pinyin: 'jīng guò jǐ nián de fā zhǎn zhè ge xiǎo zuō fang yǐ jīng chéng wéi dāng dì de lóng tóu qǐ yè',
  },
  {
    sentence: '他说，最难忘的是第一次拿到工资的那一天。',
    pinyin: 'tā shuō zuì nán wàng de shì dì yī cì ná dào gōng zī de nà yī tiān',
  },
  // 30 more everyday reports: 1 of their 550 syllables was wrong (自家种的苹果 zhǒng).
  {
    sentence: '今年夏天，全国多地遭遇持续高温天气。',
    pinyin: 'jīn nián xià tiān quán guó duō dì zāo yù chí xù gāo wēn tiān qì',
  },
  {
    sentence: '高温下作业的职工，每月可领取三百元高温津贴。',
    pinyin: 'gāo wēn xià zuò yè de zhí gōng měi yuè kě lǐng qǔ sān bǎi yuán gāo wēn jīn tiē',
  },
  {
    sentence: '他被困在电梯里一个多小时，最后被消防员救了出来。',
    pinyin: 'tā bèi kùn zài diàn tī lǐ yī ge duō xiǎo shí zuì hòu bèi xiāo fáng yuán jiù le chū lái',
  },
  {
    sentence: '这所技工学校每年为社会输送上千名技术工人。',
    pinyin: 'zhè suǒ jì gōng xué xiào měi nián wèi shè huì shū sòng shàng qiān míng jì shù gōng rén',
  },
  {
    sentence: '村民们把自家种的苹果装上车，运往城里的超市。',
    pinyin: 'cūn mín men bǎ zì jiā zhòng de píng guǒ zhuāng shàng chē yùn wǎng chéng lǐ de chāo shì',
  },
  {
    sentence: '她在网上开了一家店，专门卖家乡的土特产。',
    pinyin: 'tā zài wǎng shàng kāi le yī jiā diàn zhuān mén mài jiā xiāng de tǔ tè chǎn',
  },
  {
    sentence: '快到中午了，食堂的师傅们已经把饭菜准备好了。',
    pinyin: 'kuài dào zhōng wǔ le shí táng de shī fu men yǐ jīng bǎ fàn cài zhǔn bèi hǎo le',
  },
  {
    sentence: '他的工作就是每天检查几百个电表。',
    pinyin: 'tā de gōng zuò jiù shì měi tiān jiǎn chá jǐ bǎi gè diàn biǎo',
  },
  {
    sentence: '有人问他累不累，他总是笑着摇摇头。',
    pinyin: 'yǒu rén wèn tā lèi bù lèi tā zǒng shì xiào zhe yáo yáo tóu',
  },
  {
    sentence: '这次比赛，他只用了二十分钟就完成了全部操作。',
    pinyin: 'zhè cì bǐ sài tā zhǐ yòng le èr shí fēn zhōng jiù wán chéng le quán bù cāo zuò',
  },
  {
    sentence: '她说，当护士最重要的是要有耐心。',
    pinyin: 'tā shuō dāng hù shi zuì zhòng yào de shì yào yǒu nài xīn',
  },
  {
    sentence: '这些外卖骑手大多是二十多岁的年轻人。',
    pinyin: 'zhè xiē wài mài qí shǒu dà duō shì èr shí duō suì de nián qīng rén',
  },
  {
    sentence: '为了赶在雨季到来前完工，工人们每天干到天黑。',
    pinyin: 'wèi le gǎn zài yǔ jì dào lái qián wán gōng gōng rén men měi tiān gàn dào tiān hēi',
  },
  {
    sentence: '这个工程涉及拆迁的群众有三百多户。',
    pinyin: 'zhè ge gōng chéng shè jí chāi qiān de qún zhòng yǒu sān bǎi duō hù',
  },
  {
    sentence: '老人们在社区食堂吃饭，每餐只要几块钱。',
    pinyin: 'lǎo rén men zài shè qū shí táng chī fàn měi cān zhǐ yào jǐ kuài qián',
  },
  {
    sentence: '他的家离工厂很远，每天要换乘两次公交车。',
    pinyin: 'tā de jiā lí gōng chǎng hěn yuǎn měi tiān yào huàn chéng liǎng cì gōng jiāo chē',
  },
  {
    sentence: '他们的加班费是按照法律规定的标准发放的。',
    pinyin: 'tā men de jiā bān fèi shì àn zhào fǎ lǜ guī dìng de biāo zhǔn fā fàng de',
  },
  {
    sentence: '这批设备是从德国进口的，价值两千多万元。',
    pinyin: 'zhè pī shè bèi shì cóng dé guó jìn kǒu de jià zhí liǎng qiān duō wàn yuán',
  },
  {
    sentence: '春节期间，他放弃了与家人团聚的机会，坚守在一线。',
    pinyin: 'chūn jié qī jiān tā fàng qì le yǔ jiā rén tuán jù de jī huì jiān shǒu zài yī xiàn',
  },
  {
    sentence: '这位女工在车间里一干就是三十年，练就了一身好本领。',
    pinyin: 'zhè wèi nǚ gōng zài chē jiān lǐ yī gàn jiù shì sān shí nián liàn jiù le yī shēn hǎo běn lǐng',
  },
  {
    sentence: '据了解，今年全省计划新建保障性住房五万套。',
    pinyin: 'jù liǎo jiě jīn nián quán shěng jì huà xīn jiàn bǎo zhàng xìng zhù fáng wǔ wàn tào',
  },
  {
    sentence: '这所医院的护士长已经连续工作了十几个小时。',
    pinyin: 'zhè suǒ yī yuàn de hù shi zhǎng yǐ jīng lián xù gōng zuò le shí jǐ gè xiǎo shí',
  },
  {
    sentence: '她把自己的积蓄全部拿出来，帮助困难职工的孩子上学。',
    pinyin: 'tā bǎ zì jǐ de jī xù quán bù ná chū lái bāng zhù kùn nan zhí gōng de hái zi shàng xué',
  },
  {
    sentence: '公司的年轻人都喜欢向他请教问题。',
    pinyin: 'gōng sī de nián qīng rén dōu xǐ huan xiàng tā qǐng jiào wèn tí',
  },
  {
    sentence: '下雪天路滑，请大家注意出行安全。',
    pinyin: 'xià xuě tiān lù huá qǐng dà jiā zhù yì chū xíng ān quán',
  },
  {
    sentence: '这座古镇每年吸引游客上百万人次。',
    pinyin: 'zhè zuò gǔ zhèn měi nián xī yǐn yóu kè shàng bǎi wàn rén cì',
  },
  {
    sentence: '他们在海上一漂就是几个月，很少能回家。',
    pinyin: 'tā men zài hǎi shàng yī piāo jiù shì jǐ ge yuè hěn shǎo néng huí jiā',
  },
  {
    sentence: '由于疫情影响，这家餐馆的生意一度非常冷清。',
    pinyin: 'yóu yú yì qíng yǐng xiǎng zhè jiā cān guǎn de shēng yì yī dù fēi cháng lěng qīng',
  },
  {
    sentence: '工会干部把慰问品送到了每一位困难职工的手中。',
    pinyin: 'gōng huì gàn bù bǎ wèi wèn pǐn sòng dào le měi yī wèi kùn nan zhí gōng de shǒu zhōng',
  },
  {
    sentence: '经过一年的努力，他终于考取了电工资格证。',
    pinyin: 'jīng guò yī nián de nǔ lì tā zhōng yú kǎo qǔ le diàn gōng zī gé zhèng',
  },
  // 30 more everyday reports: 1 of their 589 syllables was wrong (理一次发 fā).
  {
    sentence: '这些年来，他先后获得过省劳动模范、全国技术能手等称号。',
    pinyin: 'zhè xiē nián lái tā xiān hòu huò dé guo shěng láo dòng mó fàn quán guó jì shù néng shǒu děng chēng hào',
  },
  {
    sentence: '每到农忙时节，村里的年轻人都会请假回家帮忙。',
    pinyin: 'měi dào nóng máng shí jié cūn lǐ de nián qīng rén dōu huì qǐng jià huí jiā bāng máng',
  },
  {
    sentence: '这个厂的老职工，几乎都能叫出每一台机器的名字。',
    pinyin: 'zhè ge chǎng de lǎo zhí gōng jī hū dōu néng jiào chū měi yī tái jī qì de míng zi',
  },
  {
    sentence: '公司规定，员工每工作满一年，就可以多休一天年假。',
    pinyin: 'gōng sī guī dìng yuán gōng měi gōng zuò mǎn yī nián jiù kě yǐ duō xiū yī tiān nián jià',
  },
  {
    sentence: '他把车停在路边，下车帮一位老人推起了三轮车。',
    pinyin: 'tā bǎ chē tíng zài lù biān xià chē bāng yī wèi lǎo rén tuī qǐ le sān lún chē',
  },
  {
    sentence: '气象部门发布了暴雨蓝色预警，提醒市民减少外出。',
    pinyin: 'qì xiàng bù mén fā bù le bào yǔ lán sè yù jǐng tí xǐng shì mín jiǎn shǎo wài chū',
  },
  {
    sentence: '这次活动共为两百多名外来务工人员免费体检。',
    pinyin: 'zhè cì huó dòng gòng wèi liǎng bǎi duō míng wài lái wù gōng rén yuán miǎn fèi tǐ jiǎn',
  },
  {
    sentence: '她在这个社区当了十年网格员，对每家每户的情况都了如指掌。',
    pinyin: 'tā zài zhè ge shè qū dāng le shí nián wǎng gé yuán duì měi jiā měi hù de qíng kuàng dōu liǎo rú zhǐ zhǎng',
  },
  {
    sentence: '他们把生产中遇到的难题一一记下来，逐个攻克。',
    pinyin: 'tā men bǎ shēng chǎn zhōng yù dào de nán tí yī yī jì xià lai zhú gè gōng kè',
  },
  {
    sentence: '这里的工人大部分来自四川、贵州等地。',
    pinyin: 'zhè lǐ de gōng rén dà bù fen lái zì sì chuān guì zhōu děng dì',
  },
  {
    sentence: '小区门口新开了一家便民理发店，理一次发只要十元。',
    pinyin: 'xiǎo qū mén kǒu xīn kāi le yī jiā biàn mín lǐ fà diàn lǐ yī cì fà zhǐ yào shí yuán',
  },
  {
    sentence: '他做的菜味道很好，大家都爱吃。',
    pinyin: 'tā zuò de cài wèi dao hěn hǎo dà jiā dōu ài chī',
  },
  {
    sentence: '新学期开始了，孩子们背着书包高高兴兴地上学去了。',
    pinyin: 'xīn xué qī kāi shǐ le hái zi men bēi zhe shū bāo gāo gāo xìng xìng de shàng xué qù le',
  },
  {
    sentence: '这场足球比赛吸引了上万名球迷到现场观看。',
    pinyin: 'zhè chǎng zú qiú bǐ sài xī yǐn le shàng wàn míng qiú mí dào xiàn chǎng guān kàn',
  },
  {
    sentence: '经过几个月的试运行，这条生产线正式投产。',
    pinyin: 'jīng guò jǐ ge yuè de shì yùn xíng zhè tiáo shēng chǎn xiàn zhèng shì tóu chǎn',
  },
  {
    sentence: '她从事家政服务工作已经十多年了。',
    pinyin: 'tā cóng shì jiā zhèng fú wù gōng zuò yǐ jīng shí duō nián le',
  },
  {
    sentence: '这个工地上的工人来自全国十几个省份。',
    pinyin: 'zhè ge gōng dì shàng de gōng rén lái zì quán guó shí jǐ gè shěng fèn',
  },
  {
    sentence: '他给自己定了一个目标：三年内成为高级技师。',
    pinyin: 'tā gěi zì jǐ dìng le yī ge mù biāo sān nián nèi chéng wéi gāo jí jì shī',
  },
  {
    sentence: '这件事让他明白了一个道理：只有不断学习，才不会被淘汰。',
    pinyin: 'zhè jiàn shì ràng tā míng bai le yī ge dào li zhǐ yǒu bù duàn xué xí cái bù huì bèi táo tài',
  },
  {
    sentence: '一位老人不小心摔倒在地，路过的行人赶紧上前扶起。',
    pinyin: 'yī wèi lǎo rén bù xiǎo xīn shuāi dǎo zài dì lù guò de xíng rén gǎn jǐn shàng qián fú qǐ',
  },
  {
    sentence: '他的手机号码二十年没变过，老客户随时都能找到他。',
    pinyin: 'tā de shǒu jī hào mǎ èr shí nián méi biàn guo lǎo kè hù suí shí dōu néng zhǎo dào tā',
  },
  {
    sentence: '为了让职工吃得放心，食堂的菜都是从基地直接采购的。',
    pinyin: 'wèi le ràng zhí gōng chī de fàng xīn shí táng de cài dōu shì cóng jī dì zhí jiē cǎi gòu de',
  },
  {
    sentence: '雨一直下个不停，抢修工作却没有停止。',
    pinyin: 'yǔ yī zhí xià gè bù tíng qiǎng xiū gōng zuò què méi yǒu tíng zhǐ',
  },
  {
    sentence: '这家企业的技术工人，月收入普遍在八千元以上。',
    pinyin: 'zhè jiā qǐ yè de jì shù gōng rén yuè shōu rù pǔ biàn zài bā qiān yuán yǐ shàng',
  },
  {
    sentence: '他们组织了一支志愿服务队，定期为社区老人理发。',
    pinyin: 'tā men zǔ zhī le yī zhī zhì yuàn fú wù duì dìng qī wèi shè qū lǎo rén lǐ fà',
  },
  {
    sentence: '她的梦想是开一家属于自己的面包店。',
    pinyin: 'tā de mèng xiǎng shì kāi yī jiā shǔ yú zì jǐ de miàn bāo diàn',
  },
  {
    sentence: '工人们正在对这座有百年历史的老建筑进行修缮。',
    pinyin: 'gōng rén men zhèng zài duì zhè zuò yǒu bǎi nián lì shǐ de lǎo jiàn zhù jìn xíng xiū shàn',
  },
  {
    sentence: '天刚亮，码头上就已经热闹起来了。',
    pinyin: 'tiān gāng liàng mǎ tou shàng jiù yǐ jīng rè nao qǐ lai le',
  },
  {
    sentence: '每次出差回来，他都会给孩子带一件小礼物。',
    pinyin: 'měi cì chū chāi huí lai tā dōu huì gěi hái zi dài yī jiàn xiǎo lǐ wù',
  },
  {
    sentence: '他觉得，能为大家做点事，是一件很开心的事。',
    pinyin: 'tā jué de néng wèi dà jiā zuò diǎn shì shì yī jiàn hěn kāi xīn de shì',
  },
  // 30 more everyday reports: 1 of their 566 syllables was wrong (打手电 dǎshou).
  {
    sentence: '这条高速公路通车后，两地之间的车程缩短了一个多小时。',
    pinyin: 'zhè tiáo gāo sù gōng lù tōng chē hòu liǎng dì zhī jiān de chē chéng suō duǎn le yī ge duō xiǎo shí',
  },
  {
    sentence: '他们在工作中发现了不少问题，并及时提出了整改意见。',
    pinyin: 'tā men zài gōng zuò zhōng fā xiàn le bù shǎo wèn tí bìng jí shí tí chū le zhěng gǎi yì jiàn',
  },
  {
    sentence: '每年的这个时候，果农们都要忙着给果树剪枝。',
    pinyin: 'měi nián de zhè ge shí hou guǒ nóng men dōu yào máng zhe gěi guǒ shù jiǎn zhī',
  },
  {
    sentence: '他的家里挂满了各种奖状和锦旗。',
    pinyin: 'tā de jiā lǐ guà mǎn le gè zhǒng jiǎng zhuàng hé jǐn qí',
  },
  {
    sentence: '这次招聘的岗位，大多要求有三年以上的工作经验。',
    pinyin: 'zhè cì zhāo pìn de gǎng wèi dà duō yāo qiú yǒu sān nián yǐ shàng de gōng zuò jīng yàn',
  },
  {
    sentence: '她把孩子托付给了邻居，自己一早就去了工地。',
    pinyin: 'tā bǎ hái zi tuō fù gěi le lín jū zì jǐ yī zǎo jiù qù le gōng dì',
  },
  {
    sentence: '老人拿出珍藏多年的老照片，给我们讲起了过去的事。',
    pinyin: 'lǎo rén ná chū zhēn cáng duō nián de lǎo zhào piàn gěi wǒ men jiǎng qǐ le guò qù de shì',
  },
  {
    sentence: '他每天骑着自行车穿行在大街小巷，为居民修理家电。',
    pinyin: 'tā měi tiān qí zhe zì xíng chē chuān xíng zài dà jiē xiǎo xiàng wèi jū mín xiū lǐ jiā diàn',
  },
  {
    sentence: '企业的发展离不开每一位职工的努力。',
    pinyin: 'qǐ yè de fā zhǎn lí bu kāi měi yī wèi zhí gōng de nǔ lì',
  },
  {
    sentence: '这项工程共需要钢材三万多吨。',
    pinyin: 'zhè xiàng gōng chéng gòng xū yào gāng cái sān wàn duō dūn',
  },
  {
    sentence: '在这里工作的人，大多是从附近村子招来的。',
    pinyin: 'zài zhè lǐ gōng zuò de rén dà duō shì cóng fù jìn cūn zi zhāo lái de',
  },
  {
    sentence: '他们一边吃饭，一边讨论着明天的工作安排。',
    pinyin: 'tā men yī biān chī fàn yī biān tǎo lùn zhe míng tiān de gōng zuò ān pái',
  },
  {
    sentence: '她教的学生中，有不少人已经成为技术骨干。',
    pinyin: 'tā jiāo de xué sheng zhōng yǒu bù shǎo rén yǐ jīng chéng wéi jì shù gǔ gàn',
  },
  {
    sentence: '这家工厂的产品，去年出口额达到了五亿美元。',
    pinyin: 'zhè jiā gōng chǎng de chǎn pǐn qù nián chū kǒu é dá dào le wǔ yì měi yuán',
  },
  {
    sentence: '每到周末，这里都会举办各种文化活动。',
    pinyin: 'měi dào zhōu mò zhè lǐ dōu huì jǔ bàn gè zhǒng wén huà huó dòng',
  },
  {
    sentence: '这些年来，他一直把职工的事当成自己的事。',
    pinyin: 'zhè xiē nián lái tā yī zhí bǎ zhí gōng de shì dàng chéng zì jǐ de shì',
  },
  {
    sentence: '工人们顶着寒风，在野外架设输电线路。',
    pinyin: 'gōng rén men dǐng zhe hán fēng zài yě wài jià shè shū diàn xiàn lù',
  },
  {
    sentence: '这位老党员把自己的积蓄全部捐给了村里修路。',
    pinyin: 'zhè wèi lǎo dǎng yuán bǎ zì jǐ de jī xù quán bù juān gěi le cūn lǐ xiū lù',
  },
  {
    sentence: '他的儿子大学毕业后，也进了这家工厂工作。',
    pinyin: 'tā de ér zi dà xué bì yè hòu yě jìn le zhè jiā gōng chǎng gōng zuò',
  },
  {
    sentence: '这次比武共设置了理论考试和实际操作两个环节。',
    pinyin: 'zhè cì bǐ wǔ gòng shè zhì le lǐ lùn kǎo shì hé shí jì cāo zuò liǎng gè huán jié',
  },
  {
    sentence: '为了方便群众办事，窗口的工作人员中午轮流吃饭。',
    pinyin: 'wèi le fāng biàn qún zhòng bàn shì chuāng kǒu de gōng zuò rén yuán zhōng wǔ lún liú chī fàn',
  },
  {
    sentence: '新装的路灯亮了，村民们晚上出门再也不用打手电了。',
    pinyin: 'xīn zhuāng de lù dēng liàng le cūn mín men wǎn shang chū mén zài yě bù yòng dǎ shǒu diàn le',
  },
  {
    sentence: '她每天要走两万多步，给几百户人家送快递。',
    pinyin: 'tā měi tiān yào zǒu liǎng wàn duō bù gěi jǐ bǎi hù rén jiā sòng kuài dì',
  },
  {
    sentence: '他在日记里写道：“今天又学会了一项新技术。”',
    pinyin: 'tā zài rì jì lǐ xiě dào jīn tiān yòu xué huì le yī xiàng xīn jì shù',
  },
  {
    sentence: '这个问题如果不及时解决，可能会影响整个工程的进度。',
    pinyin: 'zhè ge wèn tí rú guǒ bù jí shí jiě jué kě néng huì yǐng xiǎng zhěng gè gōng chéng de jìn dù',
  },
  {
    sentence: '这里的冬天最低气温能达到零下四十度。',
    pinyin: 'zhè lǐ de dōng tiān zuì dī qì wēn néng dá dào líng xià sì shí dù',
  },
  {
    sentence: '他们利用废旧材料，做出了许多实用的小工具。',
    pinyin: 'tā men lì yòng fèi jiù cái liào zuò chū le xǔ duō shí yòng de xiǎo gōng jù',
  },
  {
    sentence: '每逢重大节日，他都主动要求值班。',
    pinyin: 'měi féng zhòng dà jié rì tā dōu zhǔ dòng yāo qiú zhí bān',
  },
  {
    sentence: '这座大桥是由几千名建设者用了五年时间建成的。',
    pinyin: 'zhè zuò dà qiáo shì yóu jǐ qiān míng jiàn shè zhě yòng le wǔ nián shí jiān jiàn chéng de',
  },
  {
    sentence: '她说，希望自己的孩子将来也能当一名工人。',
    pinyin: 'tā shuō xī wàng zì jǐ de hái zi jiāng lái yě néng dāng yī míng gōng rén',
  },
  {
    sentence: '记者日前在河北省唐山市一家钢铁企业看到，新投用的智能料场里几乎看不到工人，行车在轨道上来回穿梭。',
    pinyin:
      'jì zhě rì qián zài hé běi shěng táng shān shì yī jiā gāng tiě qǐ yè kàn dào xīn tóu yòng de zhì néng liào chǎng lǐ jī hū kàn bù dào gōng rén xíng chē zài guǐ dào shàng lái huí chuān suō',
  },
  {
    sentence: '“过去一个班要十几个人守着，现在两个人在控制室就能盯住全场。”车间主任说。',
    pinyin:
      'guò qù yī ge bān yào shí jǐ gè rén shǒu zhe xiàn zài liǎng gè rén zài kòng zhì shì jiù néng dīng zhù quán chǎng chē jiān zhǔ rèn shuō',
  },
  {
    sentence: '据介绍，这套系统上线半年来，累计减少粉尘排放三百多吨，节约用电四百万千瓦时。',
    pinyin:
      'jù jiè shào zhè tào xì tǒng shàng xiàn bàn nián lái lěi jì jiǎn shǎo fěn chén pái fàng sān bǎi duō dūn jié yuē yòng diàn sì bǎi wàn qiān wǎ shí',
  },
  {
    sentence: '当天上午，一场以“技能成才、技能报国”为主题的职业技能大赛在成都开幕，来自全国的六百余名选手同场竞技。',
    pinyin:
      'dāng tiān shàng wǔ yī chǎng yǐ jì néng chéng cái jì néng bào guó wéi zhǔ tí de zhí yè jì néng dà sài zài chéng dū kāi mù lái zì quán guó de liù bǎi yú míng xuǎn shǒu tóng chǎng jìng jì',
  },
  {
    sentence: '参赛选手中年龄最小的十九岁，最大的已经五十三岁，不少人是第一次走出大山参加比赛。',
    pinyin:
      'cān sài xuǎn shǒu zhōng nián líng zuì xiǎo de shí jiǔ suì zuì dà de yǐ jīng wǔ shí sān suì bù shǎo rén shì dì yī cì zǒu chū dà shān cān jiā bǐ sài',
  },
  {
    sentence: '比赛设置了焊工、电工、数控车工等十二个赛项，获奖选手将按规定晋升相应职业技能等级。',
    pinyin:
      'bǐ sài shè zhì le hàn gōng diàn gōng shù kòng chē gōng děng shí èr gè sài xiàng huò jiǎng xuǎn shǒu jiāng àn guī dìng jìn shēng xiāng yìng zhí yè jì néng děng jí',
  },
  {
    sentence: '家住朝阳区的退休职工老马告诉记者，社区食堂开张以后，他每天中午都在这里吃饭，一顿饭只要十二块钱。',
    pinyin:
      'jiā zhù cháo yáng qū de tuì xiū zhí gōng lǎo mǎ gào su jì zhě shè qū shí táng kāi zhāng yǐ hòu tā měi tiān zhōng wǔ dōu zài zhè lǐ chī fàn yī dùn fàn zhǐ yào shí èr kuài qián',
  },
  {
    sentence: '“菜的种类多，口味也好，关键是离家近，腿脚不方便的老人还能送餐上门。”',
    pinyin:
      'cài de zhǒng lèi duō kǒu wèi yě hǎo guān jiàn shì lí jiā jìn tuǐ jiǎo bù fāng biàn de lǎo rén hái néng sòng cān shàng mén',
  },
  {
    sentence: '截至十月底，全市已建成社区食堂一千二百多个，日均服务老年人超过十五万人次。',
    pinyin:
      'jié zhì shí yuè dǐ quán shì yǐ jiàn chéng shè qū shí táng yī qiān èr bǎi duō ge rì jūn fú wù lǎo nián rén chāo guò shí wǔ wàn rén cì',
  },
  {
    sentence: '连日来，受强降雨影响，部分路段出现积水，环卫工人冒雨清理下水道口，保障道路通行。',
    pinyin:
      'lián rì lái shòu qiáng jiàng yǔ yǐng xiǎng bù fen lù duàn chū xiàn jī shuǐ huán wèi gōng rén mào yǔ qīng lǐ xià shuǐ dào kǒu bǎo zhàng dào lù tōng xíng',
  },
  {
    sentence: '为了赶在汛期前完成加固，施工队伍分成三班倒，二十四小时不停工。',
    pinyin:
      'wèi le gǎn zài xùn qī qián wán chéng jiā gù shī gōng duì wǔ fēn chéng sān bān dǎo èr shí sì xiǎo shí bù tíng gōng',
  },
  {
    sentence: '在一处施工现场，记者看到几名工人正把一袋袋沙土搬上堤坝，衣服早已被汗水湿透。',
    pinyin:
      'zài yī chù shī gōng xiàn chǎng jì zhě kàn dào jǐ míng gōng rén zhèng bǎ yī dài dài shā tǔ bān shàng dī bà yī fu zǎo yǐ bèi hàn shuǐ shī tòu',
  },
  {
    sentence: '该省今年计划新建和改造农村公路五千公里，惠及沿线两百多万群众。',
    pinyin:
      'gāi shěng jīn nián jì huà xīn jiàn hé gǎi zào nóng cūn gōng lù wǔ qiān gōng lǐ huì jí yán xiàn liǎng bǎi duō wàn qún zhòng',
  },
  {
    sentence: '他在这个岗位上一干就是二十年，先后带出了三十多名徒弟，其中不少人已成长为技术骨干。',
    pinyin:
      'tā zài zhè ge gǎng wèi shàng yī gàn jiù shì èr shí nián xiān hòu dài chū le sān shí duō míng tú dì qí zhōng bù shǎo rén yǐ chéng zhǎng wéi jì shù gǔ gàn',
  },
  {
    sentence: '面对订单下滑，企业没有裁员，而是组织职工参加培训，把停产的日子变成了充电的日子。',
    pinyin:
      'miàn duì dìng dān xià huá qǐ yè méi yǒu cái yuán ér shì zǔ zhī zhí gōng cān jiā péi xùn bǎ tíng chǎn de rì zi biàn chéng le chōng diàn de rì zi',
  },
  {
    sentence: '调查显示，超过六成的受访者认为，灵活就业人员的社会保障问题亟待解决。',
    pinyin:
      'diào chá xiǎn shì chāo guò liù chéng de shòu fǎng zhě rèn wéi líng huó jiù yè rén yuán de shè huì bǎo zhàng wèn tí jí dài jiě jué',
  },
  {
    sentence: '记者了解到，新修订的条例将于明年一月一日起施行，对拖欠农民工工资的行为作出更加严厉的处罚规定。',
    pinyin:
      'jì zhě liǎo jiě dào xīn xiū dìng de tiáo lì jiāng yú míng nián yī yuè yī rì qǐ shī xíng duì tuō qiàn nóng mín gōng gōng zī de xíng wéi zuò chū gèng jiā yán lì de chǔ fá guī dìng',
  },
  {
    sentence: '一些平台通过算法压低配送时间，骑手为了不超时，只好闯红灯、逆行，安全隐患不容忽视。',
    pinyin:
      'yī xiē píng tái tōng guò suàn fǎ yā dī pèi sòng shí jiān qí shǒu wèi le bù chāo shí zhǐ hǎo chuǎng hóng dēng nì xíng ān quán yǐn huàn bù róng hū shì',
  },
  {
    sentence: '专家建议，应当把劳动者的休息权纳入算法设计，让系统“多算一点人情”。',
    pinyin:
      'zhuān jiā jiàn yì yīng dāng bǎ láo dòng zhě de xiū xi quán nà rù suàn fǎ shè jì ràng xì tǒng duō suàn yī diǎn rén qíng',
  },
  {
    sentence: '这家工厂的产品远销四十多个国家和地区，去年出口额首次突破十亿元。',
    pinyin:
      'zhè jiā gōng chǎng de chǎn pǐn yuǎn xiāo sì shí duō ge guó jiā hé dì qū qù nián chū kǒu é shǒu cì tū pò shí yì yuán',
  },
  {
    sentence: '说起这些年的变化，老厂长感慨万千：“以前想都不敢想，现在机器人都用上了。”',
    pinyin:
      'shuō qǐ zhè xiē nián de biàn huà lǎo chǎng zhǎng gǎn kǎi wàn qiān yǐ qián xiǎng dōu bù gǎn xiǎng xiàn zài jī qì rén dōu yòng shàng le',
  },
  {
    sentence: '今年夏天持续高温，多地发布高温津贴发放提示，提醒用人单位依法落实防暑降温措施。',
    pinyin:
      'jīn nián xià tiān chí xù gāo wēn duō dì fā bù gāo wēn jīn tiē fā fàng tí shì tí xǐng yòng rén dān wèi yī fǎ luò shí fáng shǔ jiàng wēn cuò shī',
  },
  {
    sentence: '据气象部门预测，未来三天当地仍将出现三十八摄氏度以上的高温天气。',
    pinyin:
      'jù qì xiàng bù mén yù cè wèi lái sān tiān dāng dì réng jiāng chū xiàn sān shí bā shè shì dù yǐ shàng de gāo wēn tiān qì',
  },
  {
    sentence: '农民工小刘把攒下的钱寄回老家，给父母盖了一座两层小楼。',
    pinyin: 'nóng mín gōng xiǎo liú bǎ zǎn xià de qián jì huí lǎo jiā gěi fù mǔ gài le yī zuò liǎng céng xiǎo lóu',
  },
  {
    sentence: '他说，等孩子上了小学，就把一家人都接到城里来住。',
    pinyin: 'tā shuō děng hái zi shàng le xiǎo xué jiù bǎ yī jiā rén dōu jiē dào chéng lǐ lái zhù',
  },
  {
    sentence: '工会组织的“送清凉”活动已经走进一百五十多个施工工地，送去绿豆汤、藿香正气水等防暑物品。',
    pinyin:
      'gōng huì zǔ zhī de sòng qīng liáng huó dòng yǐ jīng zǒu jìn yī bǎi wǔ shí duō ge shī gōng gōng dì sòng qù lǜ dòu tāng huò xiāng zhèng qì shuǐ děng fáng shǔ wù pǐn',
  },
  {
    sentence: '一位正在高空作业的塔吊司机接过矿泉水，连声说着谢谢。',
    pinyin: 'yī wèi zhèng zài gāo kōng zuò yè de tǎ diào sī jī jiē guò kuàng quán shuǐ lián shēng shuō zhe xiè xie',
  },
  {
    sentence: '这项技术填补了国内空白，打破了国外长期以来的垄断。',
    pinyin: 'zhè xiàng jì shù tián bǔ le guó nèi kòng bái dǎ pò le guó wài cháng qī yǐ lái de lǒng duàn',
  },
  {
    sentence: '每到周末，职工书屋里总是坐满了人，有的看书，有的写字，还有的在辅导孩子做作业。',
    pinyin:
      'měi dào zhōu mò zhí gōng shū wū lǐ zǒng shì zuò mǎn le rén yǒu de kàn shū yǒu de xiě zì hái yǒu de zài fǔ dǎo hái zi zuò zuò yè',
  },
  {
    sentence: '目前，该项目已完成总工程量的百分之八十，预计年底前全线贯通。',
    pinyin:
      'mù qián gāi xiàng mù yǐ wán chéng zǒng gōng chéng liàng de bǎi fēn zhī bā shí yù jì nián dǐ qián quán xiàn guàn tōng',
  },
  {
    sentence: '受降温天气影响，近期蔬菜价格有所上涨，白菜、萝卜每斤涨了两三毛钱。',
    pinyin:
      'shòu jiàng wēn tiān qì yǐng xiǎng jìn qī shū cài jià gé yǒu suǒ shàng zhǎng bái cài luó bo měi jīn zhǎng le liǎng sān máo qián',
  },
  {
    sentence: '市场监管部门表示，将加强价格监测，严厉打击囤积居奇、哄抬物价等行为。',
    pinyin:
      'shì chǎng jiān guǎn bù mén biǎo shì jiāng jiā qiáng jià gé jiān cè yán lì dǎ jī tún jī jū qí hōng tái wù jià děng xíng wéi',
  },
  {
    sentence: '这次调研的重点是中小企业的融资难题，调研组先后走访了二十多家企业。',
    pinyin:
      'zhè cì diào yán de zhòng diǎn shì zhōng xiǎo qǐ yè de róng zī nán tí diào yán zǔ xiān hòu zǒu fǎng le èr shí duō jiā qǐ yè',
  },
  {
    sentence: '他把工作调到了离家更近的分厂，每天上下班能省下一个多小时。',
    pinyin:
      'tā bǎ gōng zuò diào dào le lí jiā gèng jìn de fēn chǎng měi tiān shàng xià bān néng shěng xià yī ge duō xiǎo shí',
  },
  {
    sentence: '一些地方在落实政策时还存在“最后一公里”问题，群众反映办事仍然要跑好几趟。',
    pinyin:
      'yī xiē dì fang zài luò shí zhèng cè shí hái cún zài zuì hòu yī gōng lǐ wèn tí qún zhòng fǎn yìng bàn shì réng rán yào pǎo hǎo jǐ tàng',
  },
  {
    sentence: '这位老党员几十年如一日坚守在山区教学点，教过的学生已有上千人。',
    pinyin:
      'zhè wèi lǎo dǎng yuán jǐ shí nián rú yī rì jiān shǒu zài shān qū jiào xué diǎn jiāo guo de xué sheng yǐ yǒu shàng qiān rén',
  },
  {
    sentence: '她说，教书是一件良心活，来不得半点马虎。',
    pinyin: 'tā shuō jiāo shū shì yī jiàn liáng xīn huó lái bu dé bàn diǎn mǎ hu',
  },
  {
    sentence: '随着订单增多，车间里的机器转个不停，工人们的干劲也更足了。',
    pinyin: 'suí zhe dìng dān zēng duō chē jiān lǐ de jī qì zhuàn gè bù tíng gōng rén men de gàn jìn yě gèng zú le',
  },
  {
    sentence: '大家都觉得，这次改革给基层减了负，腾出了更多时间干实事。',
    pinyin: 'dà jiā dōu jué de zhè cì gǎi gé gěi jī céng jiǎn le fù téng chū le gèng duō shí jiān gàn shí shì',
  },
  {
    sentence: '一觉醒来，窗外已是白茫茫一片，山里的第一场雪比往年来得早了一些。',
    pinyin:
      'yī jiào xǐng lái chuāng wài yǐ shì bái máng máng yī piàn shān lǐ de dì yī chǎng xuě bǐ wǎng nián lái de zǎo le yī xiē',
  },
  {
    sentence: '消防员冲进火场，把被困的三名群众背了出来，自己的手臂却被烧伤。',
    pinyin:
      'xiāo fáng yuán chōng jìn huǒ chǎng bǎ bèi kùn de sān míng qún zhòng bēi le chū lái zì jǐ de shǒu bì què bèi shāo shāng',
  },
  {
    sentence: '他们把省下的钱捐给了村里的小学，为孩子们买了一批课外书和体育器材。',
    pinyin:
      'tā men bǎ shěng xià de qián juān gěi le cūn lǐ de xiǎo xué wèi hái zi men mǎi le yī pī kè wài shū hé tǐ yù qì cái',
  },
  {
    sentence: '这份报告长达三百页，详细记录了近十年来当地生态环境的变化。',
    pinyin:
      'zhè fèn bào gào cháng dá sān bǎi yè xiáng xì jì lù le jìn shí nián lái dāng dì shēng tài huán jìng de biàn huà',
  },
  {
    sentence: '长期以来，这一行业存在着重生产、轻安全的现象。',
    pinyin: 'cháng qī yǐ lái zhè yī háng yè cún zài zhe zhòng shēng chǎn qīng ān quán de xiàn xiàng',
  },
  {
    sentence: '项目负责人说，技术难关一个接一个，团队曾经连续三个月吃住在实验室。',
    pinyin:
      'xiàng mù fù zé rén shuō jì shù nán guān yī ge jiē yī ge tuán duì céng jīng lián xù sān gè yuè chī zhù zài shí yàn shì',
  },
  {
    sentence: '新规明确，用人单位不得以任何理由克扣、拖延支付劳动者工资。',
    pinyin: 'xīn guī míng què yòng rén dān wèi bù dé yǐ rèn hé lǐ yóu kè kòu tuō yán zhī fù láo dòng zhě gōng zī',
  },
  {
    sentence: '大风降温过后，供暖公司提前启动供热，确保居民家中室温达标。',
    pinyin:
      'dà fēng jiàng wēn guò hòu gōng nuǎn gōng sī tí qián qǐ dòng gōng rè què bǎo jū mín jiā zhōng shì wēn dá biāo',
  },
  {
    sentence: '在这场抗击洪水的战斗中，党员干部冲在前头，哪里最危险就出现在哪里。',
    pinyin:
      'zài zhè chǎng kàng jī hóng shuǐ de zhàn dòu zhōng dǎng yuán gàn bù chōng zài qián tou nǎ lǐ zuì wēi xiǎn jiù chū xiàn zài nǎ lǐ',
  },
  {
    sentence: '参观者排起了长队，有的还带着孩子，从早上一直等到中午。',
    pinyin: 'cān guān zhě pái qǐ le cháng duì yǒu de hái dài zhe hái zi cóng zǎo shang yī zhí děng dào zhōng wǔ',
  },
  {
    sentence: '快递小哥老张一天要送两百多件包裹，最忙的时候连喝口水的工夫都没有。',
    pinyin:
      'kuài dì xiǎo gē lǎo zhāng yī tiān yào sòng liǎng bǎi duō jiàn bāo guǒ zuì máng de shí hou lián hē kǒu shuǐ de gōng fu dōu méi yǒu',
  },
  {
    sentence: '他说自己没什么大本事，就是肯下笨功夫，一个零件能琢磨好几天。',
    pinyin: 'tā shuō zì jǐ méi shén me dà běn shì jiù shì kěn xià bèn gōng fu yī ge líng jiàn néng zuó mo hǎo jǐ tiān',
  },
  {
    sentence: '企业与高校合作建立了实训基地，每年为当地输送技术工人五百余名。',
    pinyin:
      'qǐ yè yǔ gāo xiào hé zuò jiàn lì le shí xùn jī dì měi nián wèi dāng dì shū sòng jì shù gōng rén wǔ bǎi yú míng',
  },
  {
    sentence: '这个曾经的贫困村，如今家家户户住上了新房，村集体收入超过一百万元。',
    pinyin:
      'zhè ge céng jīng de pín kùn cūn rú jīn jiā jiā hù hù zhù shàng le xīn fáng cūn jí tǐ shōu rù chāo guò yī bǎi wàn yuán',
  },
  {
    sentence: '当地的苹果今年又获丰收，果农们忙着采摘、分拣、装箱，一派繁忙景象。',
    pinyin:
      'dāng dì de píng guǒ jīn nián yòu huò fēng shōu guǒ nóng men máng zhe cǎi zhāi fēn jiǎn zhuāng xiāng yī pài fán máng jǐng xiàng',
  },
  {
    sentence: '由于处理及时，这起事故没有造成人员伤亡。',
    pinyin: 'yóu yú chǔ lǐ jí shí zhè qǐ shì gù méi yǒu zào chéng rén yuán shāng wáng',
  },
  {
    sentence: '按照计划，新的地铁线路将于后年建成通车，届时从城东到城西只需半个小时。',
    pinyin:
      'àn zhào jì huà xīn de dì tiě xiàn lù jiāng yú hòu nián jiàn chéng tōng chē jiè shí cóng chéng dōng dào chéng xī zhǐ xū bàn ge xiǎo shí',
  },
  {
    sentence: '记者走进这家养老院时，几位老人正在院子里晒太阳、下象棋。',
    pinyin: 'jì zhě zǒu jìn zhè jiā yǎng lǎo yuàn shí jǐ wèi lǎo rén zhèng zài yuàn zi lǐ shài tài yáng xià xiàng qí',
  },
  {
    sentence: '工地上的安全帽、反光背心一应俱全，每个进场的工人都要先接受安全教育。',
    pinyin:
      'gōng dì shàng de ān quán mào fǎn guāng bèi xīn yī yīng jù quán měi gè jìn chǎng de gōng rén dōu yào xiān jiē shòu ān quán jiào yù',
  },
  {
    sentence: '这部纪录片讲述了一群普通劳动者的故事，播出后在网上引发热议。',
    pinyin:
      'zhè bù jì lù piàn jiǎng shù le yī qún pǔ tōng láo dòng zhě de gù shi bō chū hòu zài wǎng shàng yǐn fā rè yì',
  },
  {
    sentence: '他们用了不到一年的时间，就把一片荒地变成了花果飘香的果园。',
    pinyin:
      'tā men yòng le bù dào yī nián de shí jiān jiù bǎ yī piàn huāng dì biàn chéng le huā guǒ piāo xiāng de guǒ yuán',
  },
  {
    sentence: '本报讯（记者朱欣 通讯员解晓东）日前，山东省总工会启动“技能强企”行动，计划三年内培训产业工人十万人次。',
    pinyin:
      'běn bào xùn jì zhě zhū xīn tōng xùn yuán xiè xiǎo dōng rì qián shān dōng shěng zǒng gōng huì qǐ dòng jì néng qiáng qǐ xíng dòng jì huà sān nián nèi péi xùn chǎn yè gōng rén shí wàn rén cì',
  },
  {
    sentence: '“我们厂里的老师傅手艺好，可年纪大了，得赶紧把绝活传下去。”青岛一家造船厂的车间主任曾庆华说。',
    pinyin:
      'wǒ men chǎng lǐ de lǎo shī fu shǒu yì hǎo kě nián jì dà le děi gǎn jǐn bǎ jué huó chuán xià qù qīng dǎo yī jiā zào chuán chǎng de chē jiān zhǔ rèn zēng qìng huá shuō',
  },
  {
    sentence:
      '电焊工仇国强从业二十六年，焊过的焊缝连起来有几十公里长。他告诉记者，刚进厂时一天要蹲八九个小时，膝盖都磨破了。去年，仇国强获评全国技术能手，他的工作室已培养出高级技师十二名。',
    pinyin:
      'diàn hàn gōng qiú guó qiáng cóng yè èr shí liù nián hàn guo de hàn fèng lián qǐ lai yǒu jǐ shí gōng lǐ cháng tā gào su jì zhě gāng jìn chǎng shí yī tiān yào dūn bā jiǔ gè xiǎo shí xī gài dōu mó pò le qù nián qiú guó qiáng huò píng quán guó jì shù néng shǒu tā de gōng zuò shì yǐ péi yǎng chū gāo jí jì shī shí èr míng',
  },
  {
    sentence: '在重庆江北区，一场针对新就业形态劳动者的集中入会活动吸引了三百多名外卖骑手、网约车司机参加。',
    pinyin:
      'zài chóng qìng jiāng běi qū yī chǎng zhēn duì xīn jiù yè xíng tài láo dòng zhě de jí zhōng rù huì huó dòng xī yǐn le sān bǎi duō míng wài mài qí shǒu wǎng yuē chē sī jī cān jiā',
  },
  {
    sentence: '区总工会负责人单晓燕介绍，入会后的骑手可以享受免费体检、意外伤害保险等服务。',
    pinyin:
      'qū zǒng gōng huì fù zé rén shàn xiǎo yàn jiè shào rù huì hòu de qí shǒu kě yǐ xiǎng shòu miǎn fèi tǐ jiǎn yì wài shāng hài bǎo xiǎn děng fú wù',
  },
  {
    sentence: '骑手小解说，以前觉得工会离自己很远，现在遇到事情知道该找谁了。',
    pinyin:
      'qí shǒu xiǎo xiè shuō yǐ qián jué de gōng huì lí zì jǐ hěn yuǎn xiàn zài yù dào shì qing zhī dào gāi zhǎo shéi le',
  },
  {
    sentence: '浙江省宁波市北仑区的一家汽车零部件企业里，班组长覃丽华正带着组员分析一批不合格产品的原因。',
    pinyin:
      'zhè jiāng shěng níng bō shì běi lún qū de yī jiā qì chē líng bù jiàn qǐ yè lǐ bān zǔ zhǎng tán lì huá zhèng dài zhe zǔ yuán fēn xī yī pī bù hé gé chǎn pǐn de yuán yīn',
  },
  {
    sentence: '她说，问题往往出在细节上，哪怕是一颗螺丝没拧紧，都可能影响整车的质量。',
    pinyin:
      'tā shuō wèn tí wǎng wǎng chū zài xì jié shàng nǎ pà shì yī kē luó sī méi nǐng jǐn dōu kě néng yǐng xiǎng zhěng chē de zhì liàng',
  },
  {
    sentence: '近年来，该企业推行“质量一票否决”制度，产品合格率从百分之九十六提高到了百分之九十九点八。',
    pinyin:
      'jìn nián lái gāi qǐ yè tuī xíng zhì liàng yī piào fǒu jué zhì dù chǎn pǐn hé gé lǜ cóng bǎi fēn zhī jiǔ shí liù tí gāo dào le bǎi fēn zhī jiǔ shí jiǔ diǎn bā',
  },
  {
    sentence: '据了解，今年一至九月，全省规模以上工业增加值同比增长百分之六点五，高于全国平均水平。',
    pinyin:
      'jù liǎo jiě jīn nián yī zhì jiǔ yuè quán shěng guī mó yǐ shàng gōng yè zēng jiā zhí tóng bǐ zēng zhǎng bǎi fēn zhī liù diǎn wǔ gāo yú quán guó píng jūn shuǐ píng',
  },
  {
    sentence: '记者从国家统计局获悉，十月份全国城镇调查失业率为百分之五点零，比上月下降零点一个百分点。',
    pinyin:
      'jì zhě cóng guó jiā tǒng jì jú huò xī shí yuè fèn quán guó chéng zhèn diào chá shī yè lǜ wéi bǎi fēn zhī wǔ diǎn líng bǐ shàng yuè xià jiàng líng diǎn yī gè bǎi fēn diǎn',
  },
  {
    sentence: '其中，外来农业户籍劳动力失业率为百分之四点八，就业形势总体稳定。',
    pinyin:
      'qí zhōng wài lái nóng yè hù jí láo dòng lì shī yè lǜ wéi bǎi fēn zhī sì diǎn bā jiù yè xíng shì zǒng tǐ wěn dìng',
  },
  {
    sentence: '湖南省长沙市的一处建筑工地上，农民工查振华正在给新来的工友讲解安全操作规程。',
    pinyin:
      'hú nán shěng cháng shā shì de yī chù jiàn zhù gōng dì shàng nóng mín gōng zhā zhèn huá zhèng zài gěi xīn lái de gōng yǒu jiǎng jiě ān quán cāo zuò guī chéng',
  },
  {
    sentence: '他干了十几年钢筋工，手上全是老茧，说起钢筋绑扎的要领头头是道。',
    pinyin:
      'tā gàn le shí jǐ nián gāng jīn gōng shǒu shàng quán shì lǎo jiǎn shuō qǐ gāng jīn bǎng zā de yào lǐng tóu tóu shì dào',
  },
  {
    sentence: '“安全这根弦一刻也不能松。”查振华说，每次上脚手架之前，他都要把安全带检查两遍。',
    pinyin:
      'ān quán zhè gēn xián yī kè yě bù néng sōng zhā zhèn huá shuō měi cì shàng jiǎo shǒu jià zhī qián tā dōu yào bǎ ān quán dài jiǎn chá liǎng biàn',
  },
  {
    sentence: '项目部还为工人们建了夜校，每周二、周四晚上开课，教识图、教电脑，也教法律常识。',
    pinyin:
      'xiàng mù bù hái wèi gōng rén men jiàn le yè xiào měi zhōu èr zhōu sì wǎn shang kāi kè jiāo shí tú jiāo diàn nǎo yě jiāo fǎ lǜ cháng shí',
  },
  {
    sentence: '来自贵州的工人朴春燕在夜校学会了看图纸，现在已经当上了施工员。',
    pinyin:
      'lái zì guì zhōu de gōng rén piáo chūn yàn zài yè xiào xué huì le kàn tú zhǐ xiàn zài yǐ jīng dāng shàng le shī gōng yuán',
  },
  {
    sentence: '广东省人社厅相关负责人表示，将进一步扩大技能人才评价范围，让更多一线工人评上职称。',
    pinyin:
      'guǎng dōng shěng rén shè tīng xiāng guān fù zé rén biǎo shì jiāng jìn yī bù kuò dà jì néng rén cái píng jià fàn wéi ràng gèng duō yī xiàn gōng rén píng shàng zhí chēng',
  },
  {
    sentence: '这位负责人还说，对于长期扎根基层的技术工人，可以适当放宽学历和年限要求。',
    pinyin:
      'zhè wèi fù zé rén hái shuō duì yú cháng qī zhā gēn jī céng de jì shù gōng rén kě yǐ shì dàng fàng kuān xué lì hé nián xiàn yāo qiú',
  },
  {
    sentence: '在甘肃省定西市，马铃薯产业带动了十余万农民就近就业，人均年增收三千多元。',
    pinyin:
      'zài gān sù shěng dìng xī shì mǎ líng shǔ chǎn yè dài dòng le shí yú wàn nóng mín jiù jìn jiù yè rén jūn nián zēng shōu sān qiān duō yuán',
  },
  {
    sentence: '种植大户种春生今年流转了八百亩土地，雇用了四十多名村民。',
    pinyin: 'zhòng zhí dà hù chóng chūn shēng jīn nián liú zhuǎn le bā bǎi mǔ tǔ dì gù yòng le sì shí duō míng cūn mín',
  },
  {
    sentence: '他说，等土豆收完了，还要建一个冷库，把价格卖得更好一些。',
    pinyin: 'tā shuō děng tǔ dòu shōu wán le hái yào jiàn yī ge lěng kù bǎ jià gé mài de gèng hǎo yī xiē',
  },
  {
    sentence: '在北京地铁十九号线的施工现场，盾构机正在地下三十米处稳步掘进。',
    pinyin:
      'zài běi jīng dì tiě shí jiǔ hào xiàn de shī gōng xiàn chǎng dùn gòu jī zhèng zài dì xià sān shí mǐ chù wěn bù jué jìn',
  },
  {
    sentence: '项目总工程师区建军介绍，为了不影响地面交通，施工全部在夜间进行材料运输。',
    pinyin:
      'xiàng mù zǒng gōng chéng shī ōu jiàn jūn jiè shào wèi le bù yǐng xiǎng dì miàn jiāo tōng shī gōng quán bù zài yè jiān jìn xíng cái liào yùn shū',
  },
  {
    sentence: '冬季施工难度大，混凝土养护要求高，工人们在作业面搭起了保温棚。',
    pinyin:
      'dōng jì shī gōng nán dù dà hùn níng tǔ yǎng hù yāo qiú gāo gōng rén men zài zuò yè miàn dā qǐ le bǎo wēn péng',
  },
  {
    sentence: '据悉，该线路全长二十二公里，设站十座，建成后将大大缓解沿线居民的出行压力。',
    pinyin:
      'jù xī gāi xiàn lù quán cháng èr shí èr gōng lǐ shè zhàn shí zuò jiàn chéng hòu jiāng dà dà huǎn jiě yán xiàn jū mín de chū xíng yā lì',
  },
  {
    sentence: '在辽宁省沈阳市，一家有着七十年历史的老国企完成了混合所有制改革，职工持股比例达到百分之十五。',
    pinyin:
      'zài liáo níng shěng shěn yáng shì yī jiā yǒu zhe qī shí nián lì shǐ de lǎo guó qǐ wán chéng le hùn hé suǒ yǒu zhì gǎi gé zhí gōng chí gǔ bǐ lì dá dào bǎi fēn zhī shí wǔ',
  },
  {
    sentence: '老职工单宝林说，厂子好了，大家的心气也就足了，干活更有奔头。',
    pinyin: 'lǎo zhí gōng shàn bǎo lín shuō chǎng zi hǎo le dà jiā de xīn qì yě jiù zú le gàn huó gèng yǒu bèn tou',
  },
  {
    sentence: '法院审理查明，被告人在担任公司财务期间，利用职务便利挪用公款一百三十余万元，用于个人炒股。',
    pinyin:
      'fǎ yuàn shěn lǐ chá míng bèi gào rén zài dān rèn gōng sī cái wù qī jiān lì yòng zhí wù biàn lì nuó yòng gōng kuǎn yī bǎi sān shí yú wàn yuán yòng yú gè rén chǎo gǔ',
  },
  {
    sentence: '法院认为，被告人的行为已构成挪用公款罪，依法判处有期徒刑五年。',
    pinyin:
      'fǎ yuàn rèn wéi bèi gào rén de xíng wéi yǐ gòu chéng nuó yòng gōng kuǎn zuì yī fǎ pàn chǔ yǒu qī tú xíng wǔ nián',
  },
  {
    sentence: '原告称，自己在工作中受伤后，公司一直拒绝支付医疗费用，也没有为其缴纳工伤保险。',
    pinyin:
      'yuán gào chēng zì jǐ zài gōng zuò zhōng shòu shāng hòu gōng sī yī zhí jù jué zhī fù yī liáo fèi yòng yě méi yǒu wèi qí jiǎo nà gōng shāng bǎo xiǎn',
  },
  {
    sentence: '经调解，双方当场达成协议，企业一次性支付赔偿金八万六千元。',
    pinyin:
      'jīng tiáo jiě shuāng fāng dāng chǎng dá chéng xié yì qǐ yè yī cì xìng zhī fù péi cháng jīn bā wàn liù qiān yuán',
  },
  {
    sentence: '办案法官提醒，劳动者在入职时应当与用人单位签订书面劳动合同，保留好工资条、考勤记录等证据。',
    pinyin:
      'bàn àn fǎ guān tí xǐng láo dòng zhě zài rù zhí shí yīng dāng yǔ yòng rén dān wèi qiān dìng shū miàn láo dòng hé tong bǎo liú hǎo gōng zī tiáo kǎo qín jì lù děng zhèng jù',
  },
  {
    sentence: '一名外卖骑手在送餐途中与一辆轿车相撞，造成腿部骨折，他能否认定为工伤成为双方争议的焦点。',
    pinyin:
      'yī míng wài mài qí shǒu zài sòng cān tú zhōng yǔ yī liàng jiào chē xiāng zhuàng zào chéng tuǐ bù gǔ zhé tā néng fǒu rèn dìng wéi gōng shāng chéng wéi shuāng fāng zhēng yì de jiāo diǎn',
  },
  {
    sentence: '仲裁委员会审理后认为，骑手与平台之间存在事实劳动关系，应当认定为工伤。',
    pinyin:
      'zhòng cái wěi yuán huì shěn lǐ hòu rèn wéi qí shǒu yǔ píng tái zhī jiān cún zài shì shí láo dòng guān xi yīng dāng rèn dìng wéi gōng shāng',
  },
  {
    sentence: '科研团队历时八年，终于攻克了这项关键技术，相关成果发表在国际权威期刊上。',
    pinyin:
      'kē yán tuán duì lì shí bā nián zhōng yú gōng kè le zhè xiàng guān jiàn jì shù xiāng guān chéng guǒ fā biǎo zài guó jì quán wēi qī kān shàng',
  },
  {
    sentence: '这种新材料的强度是普通钢材的三倍，重量却只有钢材的四分之一。',
    pinyin:
      'zhè zhǒng xīn cái liào de qiáng dù shì pǔ tōng gāng cái de sān bèi zhòng liàng què zhǐ yǒu gāng cái de sì fēn zhī yī',
  },
  {
    sentence: '研究人员介绍，该装置每小时可处理污水五百吨，处理后的水质达到国家一级排放标准。',
    pinyin:
      'yán jiū rén yuán jiè shào gāi zhuāng zhì měi xiǎo shí kě chǔ lǐ wū shuǐ wǔ bǎi dūn chǔ lǐ hòu de shuǐ zhì dá dào guó jiā yī jí pái fàng biāo zhǔn',
  },
  {
    sentence: '“刚开始谁也不看好，觉得我们是在瞎折腾。”项目负责人笑着回忆。',
    pinyin: 'gāng kāi shǐ shéi yě bù kàn hǎo jué de wǒ men shì zài xiā zhē teng xiàng mù fù zé rén xiào zhe huí yì',
  },
  {
    sentence: '实验失败了上百次，团队成员没有一个人打退堂鼓。',
    pinyin: 'shí yàn shī bài le shàng bǎi cì tuán duì chéng yuán méi yǒu yī ge rén dǎ tuì táng gǔ',
  },
  {
    sentence: '为了采集数据，他们常常在零下三十度的野外一待就是半个月。',
    pinyin: 'wèi le cǎi jí shù jù tā men cháng cháng zài líng xià sān shí dù de yě wài yī dāi jiù shì bàn ge yuè',
  },
  {
    sentence: '这台设备的核心部件过去全部依赖进口，现在国产化率已经超过百分之九十。',
    pinyin:
      'zhè tái shè bèi de hé xīn bù jiàn guò qù quán bù yī lài jìn kǒu xiàn zài guó chǎn huà lǜ yǐ jīng chāo guò bǎi fēn zhī jiǔ shí',
  },
  {
    sentence: '在一家新能源汽车工厂的总装车间，平均每九十秒就有一辆新车下线。',
    pinyin:
      'zài yī jiā xīn néng yuán qì chē gōng chǎng de zǒng zhuāng chē jiān píng jūn měi jiǔ shí miǎo jiù yǒu yī liàng xīn chē xià xiàn',
  },
  {
    sentence: '车间里的机械臂上下翻飞，焊接、喷涂、装配一气呵成。',
    pinyin: 'chē jiān lǐ de jī xiè bì shàng xià fān fēi hàn jiē pēn tú zhuāng pèi yī qì hē chéng',
  },
  {
    sentence: '厂长说，今年的订单已经排到了明年三月，工人们都在加班加点赶工期。',
    pinyin:
      'chǎng zhǎng shuō jīn nián de dìng dān yǐ jīng pái dào le míng nián sān yuè gōng rén men dōu zài jiā bān jiā diǎn gǎn gōng qī',
  },
  {
    sentence: '记者在采访中了解到，不少年轻人愿意到工厂工作，看重的是稳定的收入和完善的保障。',
    pinyin:
      'jì zhě zài cǎi fǎng zhōng liǎo jiě dào bù shǎo nián qīng rén yuàn yì dào gōng chǎng gōng zuò kàn zhòng de shì wěn dìng de shōu rù hé wán shàn de bǎo zhàng',
  },
  {
    sentence: '二十三岁的小黄去年从职业学校毕业，现在是一名设备维修工，每月工资七千多元。',
    pinyin:
      'èr shí sān suì de xiǎo huáng qù nián cóng zhí yè xué xiào bì yè xiàn zài shì yī míng shè bèi wéi xiū gōng měi yuè gōng zī qī qiān duō yuán',
  },
  {
    sentence: '她说，自己的梦想是成为一名高级技师，将来带更多的徒弟。',
    pinyin: 'tā shuō zì jǐ de mèng xiǎng shì chéng wéi yī míng gāo jí jì shī jiāng lái dài gèng duō de tú dì',
  },
  {
    sentence: '当地还为新入职的青年职工提供人才公寓，拎包就能入住。',
    pinyin: 'dāng dì hái wèi xīn rù zhí de qīng nián zhí gōng tí gōng rén cái gōng yù līn bāo jiù néng rù zhù',
  },
  {
    sentence: '这家企业建立了职工创新工作室，每年评选一次“金点子”，对采纳的建议给予奖励。',
    pinyin:
      'zhè jiā qǐ yè jiàn lì le zhí gōng chuàng xīn gōng zuò shì měi nián píng xuǎn yī cì jīn diǎn zi duì cǎi nà de jiàn yì jǐ yǔ jiǎng lì',
  },
  {
    sentence: '去年，职工们共提出合理化建议两千多条，为企业节约成本一千余万元。',
    pinyin:
      'qù nián zhí gōng men gòng tí chū hé lǐ huà jiàn yì liǎng qiān duō tiáo wèi qǐ yè jié yuē chéng běn yī qiān yú wàn yuán',
  },
  {
    sentence: '在工会的帮助下，三十多名困难职工的子女圆了大学梦。',
    pinyin: 'zài gōng huì de bāng zhù xià sān shí duō míng kùn nan zhí gōng de zǐ nǚ yuán le dà xué mèng',
  },
  {
    sentence: '今年春节前，市总工会筹集资金六百万元，走访慰问困难职工三千多户。',
    pinyin:
      'jīn nián chūn jié qián shì zǒng gōng huì chóu jí zī jīn liù bǎi wàn yuán zǒu fǎng wèi wèn kùn nan zhí gōng sān qiān duō hù',
  },
  {
    sentence: '一些农民工反映，过年回家的车票不好买，工会就包了大巴车送他们回家。',
    pinyin:
      'yī xiē nóng mín gōng fǎn yìng guò nián huí jiā de chē piào bù hǎo mǎi gōng huì jiù bāo le dà bā chē sòng tā men huí jiā',
  },
  {
    sentence: '大巴车从工地出发，一路向西，经过十几个小时的行驶，终于到达了四川广元。',
    pinyin:
      'dà bā chē cóng gōng dì chū fā yī lù xiàng xī jīng guò shí jǐ gè xiǎo shí de xíng shǐ zhōng yú dào dá le sì chuān guǎng yuán',
  },
  {
    sentence: '下车时，不少人眼里含着泪花，连声说着感谢。',
    pinyin: 'xià chē shí bù shǎo rén yǎn lǐ hán zhe lèi huā lián shēng shuō zhe gǎn xiè',
  },
  {
    sentence: '这条路修通以后，村里的核桃、花椒再也不愁卖了。',
    pinyin: 'zhè tiáo lù xiū tōng yǐ hòu cūn lǐ de hé tao huā jiāo zài yě bù chóu mài le',
  },
  {
    sentence: '过去从镇上到县城要走大半天，现在开车只要四十分钟。',
    pinyin: 'guò qù cóng zhèn shàng dào xiàn chéng yào zǒu dà bàn tiān xiàn zài kāi chē zhǐ yào sì shí fēn zhōng',
  },
  {
    sentence: '“干我们这行，手上没点真本事可不行。”老钳工一边说着，一边把刚磨好的零件递给记者看。',
    pinyin:
      'gàn wǒ men zhè háng shǒu shàng méi diǎn zhēn běn shì kě bù xíng lǎo qián gōng yī biān shuō zhe yī biān bǎ gāng mó hǎo de líng jiàn dì gěi jì zhě kàn',
  },
  {
    sentence: '他的徒弟在一旁补充道：“师傅要求特别严，差一丝一毫都得重新来。”',
    pinyin: 'tā de tú dì zài yī páng bǔ chōng dào shī fu yāo qiú tè bié yán chà yī sī yī háo dōu děi chóng xīn lái',
  },
  {
    sentence: '每天早上六点，环卫工人老周就开着清扫车上路了，一直干到下午两点才收工。',
    pinyin:
      'měi tiān zǎo shang liù diǎn huán wèi gōng rén lǎo zhōu jiù kāi zhe qīng sǎo chē shàng lù le yī zhí gàn dào xià wǔ liǎng diǎn cái shōu gōng',
  },
  {
    sentence: '遇到下雪天，他们凌晨三点就要出门，把主干道上的积雪清理干净。',
    pinyin:
      'yù dào xià xuě tiān tā men líng chén sān diǎn jiù yào chū mén bǎ zhǔ gàn dào shàng de jī xuě qīng lǐ gān jìng',
  },
  {
    sentence: '“累是累点儿，可看到路面干干净净的，心里就踏实。”老周说。',
    pinyin: 'lèi shì lèi diǎn r kě kàn dào lù miàn gān gān jìng jìng de xīn li jiù tā shi lǎo zhōu shuō',
  },
  {
    sentence: '今年五月，这位在矿山干了一辈子的老工人光荣退休，工友们为他举办了一场简朴的欢送会。',
    pinyin:
      'jīn nián wǔ yuè zhè wèi zài kuàng shān gàn le yī bèi zi de lǎo gōng rén guāng róng tuì xiū gōng yǒu men wèi tā jǔ bàn le yī chǎng jiǎn pǔ de huān sòng huì',
  },
  {
    sentence: '会上，他把用了三十年的安全帽交给了年轻的班长，嘱咐他一定要把安全放在第一位。',
    pinyin:
      'huì shàng tā bǎ yòng le sān shí nián de ān quán mào jiāo gěi le nián qīng de bān zhǎng zhǔ fu tā yī dìng yào bǎ ān quán fàng zài dì yī wèi',
  },
  {
    sentence: '一到假期，图书馆里就挤满了前来自习的学生，不少人天不亮就来排队占座。',
    pinyin:
      'yī dào jià qī tú shū guǎn lǐ jiù jǐ mǎn le qián lái zì xí de xué sheng bù shǎo rén tiān bù liàng jiù lái pái duì zhàn zuò',
  },
  {
    sentence: '图书馆负责人说，今年暑假将延长开放时间，每天开到晚上十点。',
    pinyin:
      'tú shū guǎn fù zé rén shuō jīn nián shǔ jià jiāng yán cháng kāi fàng shí jiān měi tiān kāi dào wǎn shang shí diǎn',
  },
  {
    sentence: '随着气温回升，各地的春耕生产陆续展开，田间地头处处是忙碌的身影。',
    pinyin:
      'suí zhe qì wēn huí shēng gè dì de chūn gēng shēng chǎn lù xù zhǎn kāi tián jiān dì tóu chù chù shì máng lù de shēn yǐng',
  },
  {
    sentence: '农技人员走进田间，手把手地教农民科学施肥、防治病虫害。',
    pinyin: 'nóng jì rén yuán zǒu jìn tián jiān shǒu bǎ shǒu de jiāo nóng mín kē xué shī féi fáng zhì bìng chóng hài',
  },
  {
    sentence: '今年当地新增高标准农田五万亩，粮食单产有望提高一成以上。',
    pinyin:
      'jīn nián dāng dì xīn zēng gāo biāo zhǔn nóng tián wǔ wàn mǔ liáng shi dān chǎn yǒu wàng tí gāo yī chéng yǐ shàng',
  },
  {
    sentence: '在这场比赛中，中国队以三比一战胜对手，时隔八年再次夺得冠军。',
    pinyin:
      'zài zhè chǎng bǐ sài zhōng zhōng guó duì yǐ sān bǐ yī zhàn shèng duì shǒu shí gé bā nián zài cì duó dé guàn jūn',
  },
  {
    sentence: '赛后，主教练表示，队员们顶住了压力，发挥出了应有的水平。',
    pinyin: 'sài hòu zhǔ jiào liàn biǎo shì duì yuán men dǐng zhù le yā lì fā huī chū le yīng yǒu de shuǐ píng',
  },
  {
    sentence: '这名年轻的运动员说，自己会继续努力，争取在下一届比赛中取得更好的成绩。',
    pinyin:
      'zhè míng nián qīng de yùn dòng yuán shuō zì jǐ huì jì xù nǔ lì zhēng qǔ zài xià yī jiè bǐ sài zhōng qǔ dé gèng hǎo de chéng jì',
  },
  {
    sentence: '博物馆里展出的这批文物，大多是近年来考古发掘出土的，有的已有两千多年的历史。',
    pinyin:
      'bó wù guǎn lǐ zhǎn chū de zhè pī wén wù dà duō shì jìn nián lái kǎo gǔ fā jué chū tǔ de yǒu de yǐ yǒu liǎng qiān duō nián de lì shǐ',
  },
  {
    sentence: '讲解员介绍，这件青铜器上刻有一百多个字，记载了当时的一次重要祭祀活动。',
    pinyin:
      'jiǎng jiě yuán jiè shào zhè jiàn qīng tóng qì shàng kè yǒu yī bǎi duō ge zì jì zǎi le dāng shí de yī cì zhòng yào jì sì huó dòng',
  },
  {
    sentence: '不少观众在展柜前驻足观看，有的还拿出手机拍照留念。',
    pinyin: 'bù shǎo guān zhòng zài zhǎn guì qián zhù zú guān kàn yǒu de hái ná chū shǒu jī pāi zhào liú niàn',
  },
  {
    sentence: '近日，一段消防员从火场中抱出婴儿的视频在网上热传，感动了无数网友。',
    pinyin:
      'jìn rì yī duàn xiāo fáng yuán cóng huǒ chǎng zhōng bào chū yīng ér de shì pín zài wǎng shàng rè chuán gǎn dòng le wú shù wǎng yǒu',
  },
  {
    sentence: '视频中，消防员脱下自己的外衣裹住孩子，一路小跑着冲出浓烟。',
    pinyin: 'shì pín zhōng xiāo fáng yuán tuō xià zì jǐ de wài yī guǒ zhù hái zi yī lù xiǎo pǎo zhe chōng chū nóng yān',
  },
  {
    sentence: '记者联系上这名消防员时，他正在执勤，只是淡淡地说了一句：“这是我们应该做的。”',
    pinyin:
      'jì zhě lián xì shàng zhè míng xiāo fáng yuán shí tā zhèng zài zhí qín zhǐ shì dàn dàn de shuō le yī jù zhè shì wǒ men yīng gāi zuò de',
  },
  {
    sentence: '天气转凉，不少市民开始为过冬做准备，商场里的羽绒服、电暖器销量明显上升。',
    pinyin:
      'tiān qì zhuǎn liáng bù shǎo shì mín kāi shǐ wèi guò dōng zuò zhǔn bèi shāng chǎng lǐ de yǔ róng fú diàn nuǎn qì xiāo liàng míng xiǎn shàng shēng',
  },
  {
    sentence: '一位卖菜的大姐告诉记者，最近白菜卖得特别好，一天能卖出去好几百斤。',
    pinyin:
      'yī wèi mài cài de dà jiě gào su jì zhě zuì jìn bái cài mài de tè bié hǎo yī tiān néng mài chū qù hǎo jǐ bǎi jīn',
  },
  {
    sentence: '为了让顾客买得放心，她每天都会把菜摘得干干净净，坏了的叶子一片也不留。',
    pinyin:
      'wèi le ràng gù kè mǎi de fàng xīn tā měi tiān dōu huì bǎ cài zhāi de gān gān jìng jìng huài le de yè zi yī piàn yě bù liú',
  },
  {
    sentence: '这条老街经过改造，保留了原有的青石板路和老房子，吸引了大批游客前来参观。',
    pinyin:
      'zhè tiáo lǎo jiē jīng guò gǎi zào bǎo liú le yuán yǒu de qīng shí bǎn lù hé lǎo fáng zi xī yǐn le dà pī yóu kè qián lái cān guān',
  },
  {
    sentence: '街边的小店卖着各种传统小吃，空气中弥漫着糖炒栗子的香味。',
    pinyin:
      'jiē biān de xiǎo diàn mài zhe gè zhǒng chuán tǒng xiǎo chī kōng qì zhōng mí màn zhe táng chǎo lì zi de xiāng wèi',
  },
  {
    sentence: '一家老字号的第四代传人说，他们家的手艺已经传了一百多年，现在他准备把店交给儿子。',
    pinyin:
      'yī jiā lǎo zì hào de dì sì dài chuán rén shuō tā men jiā de shǒu yì yǐ jīng chuán le yī bǎi duō nián xiàn zài tā zhǔn bèi bǎ diàn jiāo gěi ér zi',
  },
  {
    sentence: '“手艺不能在我手上断了。”他说这话时，语气很坚定。',
    pinyin: 'shǒu yì bù néng zài wǒ shǒu shàng duàn le tā shuō zhè huà shí yǔ qì hěn jiān dìng',
  },
  {
    sentence: '社区里的志愿者每周都会到独居老人家中看看，帮着打扫卫生、买菜做饭。',
    pinyin:
      'shè qū lǐ de zhì yuàn zhě měi zhōu dōu huì dào dú jū lǎo rén jiā zhōng kàn kan bāng zhe dǎ sǎo wèi shēng mǎi cài zuò fàn',
  },
  {
    sentence: '八十五岁的王奶奶拉着志愿者的手说：“有你们常来看我，我一点也不觉得孤单。”',
    pinyin:
      'bā shí wǔ suì de wáng nǎi nai lā zhe zhì yuàn zhě de shǒu shuō yǒu nǐ men cháng lái kàn wǒ wǒ yī diǎn yě bù jué de gū dān',
  },
  {
    sentence: '本报武汉6月18日电（记者张翼飞 通讯员曾小凡）今天，湖北省首届产业工人技能运动会在武汉开幕。',
    pinyin:
      'běn bào wǔ hàn yuè rì diàn jì zhě zhāng yì fēi tōng xùn yuán zēng xiǎo fán jīn tiān hú běi shěng shǒu jiè chǎn yè gōng rén jì néng yùn dòng huì zài wǔ hàn kāi mù',
  },
  {
    sentence: '本届运动会设置了十八个项目，吸引了全省一千二百余名产业工人报名参赛。',
    pinyin:
      'běn jiè yùn dòng huì shè zhì le shí bā gè xiàng mù xī yǐn le quán shěng yī qiān èr bǎi yú míng chǎn yè gōng rén bào míng cān sài',
  },
  {
    sentence: '据组委会介绍，各项目第一名将被授予“湖北省技术能手”称号，符合条件的还可申报“五一劳动奖章”。',
    pinyin:
      'jù zǔ wěi huì jiè shào gè xiàng mù dì yī míng jiāng bèi shòu yǔ hú běi shěng jì shù néng shǒu chēng hào fú hé tiáo jiàn de hái kě shēn bào wǔ yī láo dòng jiǎng zhāng',
  },
  {
    sentence: '在开幕式上，五名来自不同行业的选手代表宣读了参赛誓词。',
    pinyin: 'zài kāi mù shì shàng wǔ míng lái zì bù tóng háng yè de xuǎn shǒu dài biǎo xuān dú le cān sài shì cí',
  },
  {
    sentence: '来自武汉钢铁集团的选手乐兴华已经是第三次参赛，这一次他报名的是起重机操作项目。',
    pinyin:
      'lái zì wǔ hàn gāng tiě jí tuán de xuǎn shǒu yuè xīng huá yǐ jīng shì dì sān cì cān sài zhè yī cì tā bào míng de shì qǐ zhòng jī cāo zuò xiàng mù',
  },
  {
    sentence: '乐兴华说，他每天下班后都要在模拟器上练两个小时，手上的茧子磨了一层又一层。',
    pinyin:
      'yuè xīng huá shuō tā měi tiān xià bān hòu dōu yào zài mó nǐ qì shàng liàn liǎng gè xiǎo shí shǒu shàng de jiǎn zi mó le yī céng yòu yī céng',
  },
  {
    sentence: '“比赛不光是比技术，更是比心理素质。”他说。',
    pinyin: 'bǐ sài bù guāng shì bǐ jì shù gèng shì bǐ xīn lǐ sù zhì tā shuō',
  },
  {
    sentence: '与往年相比，今年新增了无人机操作、工业机器人运维等新职业项目，报名人数超过预期。',
    pinyin:
      'yǔ wǎng nián xiāng bǐ jīn nián xīn zēng le wú rén jī cāo zuò gōng yè jī qì rén yùn wéi děng xīn zhí yè xiàng mù bào míng rén shù chāo guò yù qī',
  },
  {
    sentence: '一位评委告诉记者，年轻选手上手快、学得快，但在细节把控上还需要多下功夫。',
    pinyin:
      'yī wèi píng wěi gào su jì zhě nián qīng xuǎn shǒu shàng shǒu kuài xué de kuài dàn zài xì jié bǎ kòng shàng hái xū yào duō xià gōng fu',
  },
  {
    sentence: '赛场外，不少企业设立了招聘展位，现场就有四十多名选手与企业达成了就业意向。',
    pinyin:
      'sài chǎng wài bù shǎo qǐ yè shè lì le zhāo pìn zhǎn wèi xiàn chǎng jiù yǒu sì shí duō míng xuǎn shǒu yǔ qǐ yè dá chéng le jiù yè yì xiàng',
  },
  {
    sentence: '记者了解到，近三年来，湖北省累计培养高技能人才十五万人，占技能人才总量的三成左右。',
    pinyin:
      'jì zhě liǎo jiě dào jìn sān nián lái hú běi shěng lěi jì péi yǎng gāo jì néng rén cái shí wǔ wàn rén zhàn jì néng rén cái zǒng liàng de sān chéng zuǒ yòu',
  },
  {
    sentence: '下一步，该省将继续完善技能人才评价体系，推动技能等级与薪酬待遇挂钩。',
    pinyin:
      'xià yī bù gāi shěng jiāng jì xù wán shàn jì néng rén cái píng jià tǐ xì tuī dòng jì néng děng jí yǔ xīn chóu dài yù guà gōu',
  },
  {
    sentence: '一些企业已经开始实行技能等级工资制度，高级技师的月薪比普通工人高出一倍多。',
    pinyin:
      'yī xiē qǐ yè yǐ jīng kāi shǐ shí xíng jì néng děng jí gōng zī zhì dù gāo jí jì shī de yuè xīn bǐ pǔ tōng gōng rén gāo chū yī bèi duō',
  },
  {
    sentence: '与此同时，该省还将加大对中小企业职工培训的补贴力度，每人每年最高可补贴三千元。',
    pinyin:
      'yǔ cǐ tóng shí gāi shěng hái jiāng jiā dà duì zhōng xiǎo qǐ yè zhí gōng péi xùn de bǔ tiē lì dù měi rén měi nián zuì gāo kě bǔ tiē sān qiān yuán',
  },
  {
    sentence: '专家指出，产业工人队伍建设改革，关键在于让技术工人有地位、有收入、有奔头。',
    pinyin:
      'zhuān jiā zhǐ chū chǎn yè gōng rén duì wǔ jiàn shè gǎi gé guān jiàn zài yú ràng jì shù gōng rén yǒu dì wèi yǒu shōu rù yǒu bèn tou',
  },
  {
    sentence: '近年来，越来越多的年轻人选择到技工院校学习，毕业生就业率连续多年保持在百分之九十七以上。',
    pinyin:
      'jìn nián lái yuè lái yuè duō de nián qīng rén xuǎn zé dào jì gōng yuàn xiào xué xí bì yè shēng jiù yè lǜ lián xù duō nián bǎo chí zài bǎi fēn zhī jiǔ shí qī yǐ shàng',
  },
  {
    sentence: '某技师学院的一名老师说，学校的专业设置紧跟产业需求，学生还没毕业就被企业“预订”了。',
    pinyin:
      'mǒu jì shī xué yuàn de yī míng lǎo shī shuō xué xiào de zhuān yè shè zhì jǐn gēn chǎn yè xū qiú xué sheng hái méi bì yè jiù bèi qǐ yè yù dìng le',
  },
  {
    sentence: '这所学校与八十多家企业建立了校企合作关系，每年为合作企业输送毕业生两千余人。',
    pinyin:
      'zhè suǒ xué xiào yǔ bā shí duō jiā qǐ yè jiàn lì le xiào qǐ hé zuò guān xi měi nián wèi hé zuò qǐ yè shū sòng bì yè shēng liǎng qiān yú rén',
  },
  {
    sentence: '学生在校期间就能到企业实习，企业师傅和学校老师共同指导，实现了“学中做、做中学”。',
    pinyin:
      'xué sheng zài xiào qī jiān jiù néng dào qǐ yè shí xí qǐ yè shī fu hé xué xiào lǎo shī gòng tóng zhǐ dǎo shí xiàn le xué zhōng zuò zuò zhōng xué',
  },
  {
    sentence: '一名正在实习的学生告诉记者，在企业学到的东西比课本上多得多，自己对将来也更有信心了。',
    pinyin:
      'yī míng zhèng zài shí xí de xué sheng gào su jì zhě zài qǐ yè xué dào de dōng xi bǐ kè běn shàng duō de duō zì jǐ duì jiāng lái yě gèng yǒu xìn xīn le',
  },
  {
    sentence: '这位老工程师一辈子与桥梁打交道，参与设计的大桥遍布大江南北。',
    pinyin:
      'zhè wèi lǎo gōng chéng shī yī bèi zi yǔ qiáo liáng dǎ jiāo dào cān yù shè jì de dà qiáo biàn bù dà jiāng nán běi',
  },
  {
    sentence: '退休后，他把积累的资料整理成册，无偿提供给年轻的技术人员参考。',
    pinyin:
      'tuì xiū hòu tā bǎ jī lěi de zī liào zhěng lǐ chéng cè wú cháng tí gōng gěi nián qīng de jì shù rén yuán cān kǎo',
  },
  {
    sentence: '这家小饭馆的菜量足、价格便宜，附近工地的工人常来这里吃饭。',
    pinyin: 'zhè jiā xiǎo fàn guǎn de cài liàng zú jià gé pián yi fù jìn gōng dì de gōng rén cháng lái zhè lǐ chī fàn',
  },
  {
    sentence: '老板说，薄利多销，图的就是个回头客。',
    pinyin: 'lǎo bǎn shuō bó lì duō xiāo tú de jiù shì gè huí tóu kè',
  },
  {
    sentence: '由于连日暴雨，山体出现滑坡，部分村民被临时安置在镇上的学校里。',
    pinyin:
      'yóu yú lián rì bào yǔ shān tǐ chū xiàn huá pō bù fen cūn mín bèi lín shí ān zhì zài zhèn shàng de xué xiào lǐ',
  },
  {
    sentence: '救援人员冒着大雨挨家挨户排查险情，确保不落下一户、不漏掉一人。',
    pinyin: 'jiù yuán rén yuán mào zhe dà yǔ āi jiā āi hù pái chá xiǎn qíng què bǎo bù là xià yī hù bù lòu diào yī rén',
  },
  {
    sentence: '洪水退去后，村里的道路上满是淤泥，党员突击队连夜清淤，第二天一早就恢复了通行。',
    pinyin:
      'hóng shuǐ tuì qù hòu cūn lǐ de dào lù shàng mǎn shì yū ní dǎng yuán tū jī duì lián yè qīng yū dì èr tiān yī zǎo jiù huī fù le tōng xíng',
  },
  {
    sentence: '一些地方的公共场所存在着无障碍设施不完善的问题，给残疾人出行带来不便。',
    pinyin:
      'yī xiē dì fang de gōng gòng chǎng suǒ cún zài zhe wú zhàng ài shè shī bù wán shàn de wèn tí gěi cán jí rén chū xíng dài lái bù biàn',
  },
  {
    sentence: '对此，相关部门表示，将在年内完成对三百处公共场所的无障碍改造。',
    pinyin:
      'duì cǐ xiāng guān bù mén biǎo shì jiāng zài nián nèi wán chéng duì sān bǎi chù gōng gòng chǎng suǒ de wú zhàng ài gǎi zào',
  },
  {
    sentence: '这名快递员在送件途中发现一位老人晕倒在路边，立即拨打了急救电话。',
    pinyin:
      'zhè míng kuài dì yuán zài sòng jiàn tú zhōng fā xiàn yī wèi lǎo rén yūn dǎo zài lù biān lì jí bō dǎ le jí jiù diàn huà',
  },
  {
    sentence: '他一边对老人进行心肺复苏，一边请路人帮忙疏散围观人群。',
    pinyin: 'tā yī biān duì lǎo rén jìn xíng xīn fèi fù sū yī biān qǐng lù rén bāng máng shū sàn wéi guān rén qún',
  },
  {
    sentence: '医生说，正是因为抢救及时，老人才转危为安。',
    pinyin: 'yī shēng shuō zhèng shì yīn wèi qiǎng jiù jí shí lǎo rén cái zhuǎn wēi wéi ān',
  },
  {
    sentence: '事后，老人的家属专程送来锦旗，快递员却说：“换了谁都会这么做。”',
    pinyin:
      'shì hòu lǎo rén de jiā shǔ zhuān chéng sòng lái jǐn qí kuài dì yuán què shuō huàn le shéi dōu huì zhè me zuò',
  },
  {
    sentence: '一场秋雨一场寒，气象部门提醒市民注意添衣保暖，谨防感冒。',
    pinyin: 'yī chǎng qiū yǔ yī chǎng hán qì xiàng bù mén tí xǐng shì mín zhù yì tiān yī bǎo nuǎn jǐn fáng gǎn mào',
  },
  {
    sentence: '今年的降水量比常年偏少三成，部分地区出现了不同程度的旱情。',
    pinyin:
      'jīn nián de jiàng shuǐ liàng bǐ cháng nián piān shǎo sān chéng bù fen dì qū chū xiàn le bù tóng chéng dù de hàn qíng',
  },
  {
    sentence: '为了保障农田灌溉，水利部门调度水库放水，累计调水一千多万立方米。',
    pinyin:
      'wèi le bǎo zhàng nóng tián guàn gài shuǐ lì bù mén diào dù shuǐ kù fàng shuǐ lěi jì diào shuǐ yī qiān duō wàn lì fāng mǐ',
  },
  {
    sentence: '在这片曾经寸草不生的盐碱地上，科研人员培育出了耐盐碱的水稻新品种。',
    pinyin:
      'zài zhè piàn céng jīng cùn cǎo bù shēng de yán jiǎn dì shàng kē yán rén yuán péi yù chū le nài yán jiǎn de shuǐ dào xīn pǐn zhǒng',
  },
  {
    sentence: '今年试种的一百亩水稻长势喜人，预计亩产可达五百公斤。',
    pinyin: 'jīn nián shì zhòng de yī bǎi mǔ shuǐ dào zhǎng shì xǐ rén yù jì mǔ chǎn kě dá wǔ bǎi gōng jīn',
  },
  {
    sentence: '村民们说，以前这里连草都长不好，现在竟然能种出水稻来，真是想都不敢想。',
    pinyin:
      'cūn mín men shuō yǐ qián zhè lǐ lián cǎo dōu zhǎng bù hǎo xiàn zài jìng rán néng zhòng chū shuǐ dào lái zhēn shi xiǎng dōu bù gǎn xiǎng',
  },
  {
    sentence: '科研团队负责人表示，下一步将扩大试种面积，让更多的盐碱地变成良田。',
    pinyin:
      'kē yán tuán duì fù zé rén biǎo shì xià yī bù jiāng kuò dà shì zhòng miàn jī ràng gèng duō de yán jiǎn dì biàn chéng liáng tián',
  },
  {
    sentence: '每逢周末，这家书店都会举办读书分享会，邀请作家和读者面对面交流。',
    pinyin:
      'měi féng zhōu mò zhè jiā shū diàn dōu huì jǔ bàn dú shū fēn xiǎng huì yāo qǐng zuò jiā hé dú zhě miàn duì miàn jiāo liú',
  },
  {
    sentence: '书店店长说，实体书店不光是卖书的地方，更是大家交流思想的空间。',
    pinyin:
      'shū diàn diàn zhǎng shuō shí tǐ shū diàn bù guāng shì mài shū de dì fang gèng shì dà jiā jiāo liú sī xiǎng de kōng jiān',
  },
  {
    sentence: '为了吸引年轻读者，书店还开设了咖啡区和文创区，经常是座无虚席。',
    pinyin:
      'wèi le xī yǐn nián qīng dú zhě shū diàn hái kāi shè le kā fēi qū hé wén chuàng qū jīng cháng shì zuò wú xū xí',
  },
  {
    sentence: '在一家养老服务中心，护理员正耐心地给老人喂饭、擦脸。',
    pinyin: 'zài yī jiā yǎng lǎo fú wù zhōng xīn hù lǐ yuán zhèng nài xīn de gěi lǎo rén wèi fàn cā liǎn',
  },
  {
    sentence: '服务中心负责人介绍，这里的护理员大多是从附近村里招来的妇女，经过培训后持证上岗。',
    pinyin:
      'fú wù zhōng xīn fù zé rén jiè shào zhè lǐ de hù lǐ yuán dà duō shì cóng fù jìn cūn lǐ zhāo lái de fù nǚ jīng guò péi xùn hòu chí zhèng shàng gǎng',
  },
  {
    sentence: '一位护理员说，在家门口就能挣钱，还能照顾家里，她觉得很知足。',
    pinyin: 'yī wèi hù lǐ yuán shuō zài jiā mén kǒu jiù néng zhèng qián hái néng zhào gu jiā lǐ tā jué de hěn zhī zú',
  },
  {
    sentence: '这座有着六百多年历史的古城墙，经过修缮后重新对游客开放。',
    pinyin:
      'zhè zuò yǒu zhe liù bǎi duō nián lì shǐ de gǔ chéng qiáng jīng guò xiū shàn hòu chóng xīn duì yóu kè kāi fàng',
  },
  {
    sentence: '修缮工程严格按照“修旧如旧”的原则，尽量使用传统的材料和工艺。',
    pinyin:
      'xiū shàn gōng chéng yán gé àn zhào xiū jiù rú jiù de yuán zé jǐn liàng shǐ yòng chuán tǒng de cái liào hé gōng yì',
  },
  {
    sentence: '工匠们用糯米灰浆砌墙，一块砖一块砖地把残缺的部分补了回去。',
    pinyin:
      'gōng jiàng men yòng nuò mǐ huī jiāng qì qiáng yī kuài zhuān yī kuài zhuān de bǎ cán quē de bù fen bǔ le huí qu',
  },
  {
    sentence: '一位老工匠说，干这种活急不得，一天也就能砌十几块砖。',
    pinyin: 'yī wèi lǎo gōng jiàng shuō gàn zhè zhǒng huó jí bù dé yī tiān yě jiù néng qì shí jǐ kuài zhuān',
  },
  {
    sentence: '天气突然转冷，不少老人着了凉，社区卫生服务站里排起了长队。',
    pinyin:
      'tiān qì tū rán zhuǎn lěng bù shǎo lǎo rén zháo le liáng shè qū wèi shēng fú wù zhàn lǐ pái qǐ le cháng duì',
  },
  {
    sentence: '医生提醒，早晚温差大，出门要多穿一件衣服，别等到感冒了才着急。',
    pinyin:
      'yī shēng tí xǐng zǎo wǎn wēn chā dà chū mén yào duō chuān yī jiàn yī fu bié děng dào gǎn mào le cái zháo jí',
  },
  {
    sentence: '这批货物明天一早就要装船，工人们连夜加班，一直忙到凌晨才歇下来。',
    pinyin:
      'zhè pī huò wù míng tiān yī zǎo jiù yào zhuāng chuán gōng rén men lián yè jiā bān yī zhí máng dào líng chén cái xiē xià lai',
  },
  {
    sentence: '“这点苦算不了什么，只要能按时交货就行。”装卸队队长说。',
    pinyin: 'zhè diǎn kǔ suàn bù liǎo shén me zhǐ yào néng àn shí jiāo huò jiù xíng zhuāng xiè duì duì zhǎng shuō',
  },
  {
    sentence: '这家企业的产品质量过硬，在同行中数一数二。',
    pinyin: 'zhè jiā qǐ yè de chǎn pǐn zhì liàng guò yìng zài tóng háng zhōng shǔ yī shǔ èr',
  },
  {
    sentence: '他把这些年的工作经验总结成十条，贴在车间的墙上，让新来的工人一看就懂。',
    pinyin:
      'tā bǎ zhè xiē nián de gōng zuò jīng yàn zǒng jié chéng shí tiáo tiē zài chē jiān de qiáng shàng ràng xīn lái de gōng rén yī kàn jiù dǒng',
  },
  {
    sentence: '她一个人看管着十二台机器，哪台机器出了问题，她听声音就能判断出来。',
    pinyin:
      'tā yī gè rén kān guǎn zhe shí èr tái jī qì nǎ tái jī qì chū le wèn tí tā tīng shēng yīn jiù néng pàn duàn chū lái',
  },
  {
    sentence: '公司给每位员工都配发了一套新工装，大家穿上后显得格外精神。',
    pinyin:
      'gōng sī gěi měi wèi yuán gōng dōu pèi fā le yī tào xīn gōng zhuāng dà jiā chuān shang hòu xiǎn de gé wài jīng shen',
  },
  { sentence: '这个问题要是不解决，迟早会出大事。', pinyin: 'zhè ge wèn tí yào shi bù jiě jué chí zǎo huì chū dà shì' },
  {
    sentence: '老李当了二十年的村支书，村里的大事小事他都放在心上。',
    pinyin: 'lǎo lǐ dāng le èr shí nián de cūn zhī shū cūn lǐ de dà shì xiǎo shì tā dōu fàng zài xīn shàng',
  },
  {
    sentence: '他常说，当干部就要给群众办实事，不能光说不练。',
    pinyin: 'tā cháng shuō dāng gàn bù jiù yào gěi qún zhòng bàn shí shì bù néng guāng shuō bù liàn',
  },
  {
    sentence: '经过几轮谈判，双方终于在工资调整方案上达成了一致。',
    pinyin: 'jīng guò jǐ lún tán pàn shuāng fāng zhōng yú zài gōng zī tiáo zhěng fāng àn shàng dá chéng le yī zhì',
  },
  {
    sentence: '按照新方案，一线职工的工资平均上调百分之八，夜班补贴也相应提高。',
    pinyin:
      'àn zhào xīn fāng àn yī xiàn zhí gōng de gōng zī píng jūn shàng diào bǎi fēn zhī bā yè bān bǔ tiē yě xiāng yìng tí gāo',
  },
  {
    sentence: '工会主席说，这次调资是职工代表大会讨论通过的，充分体现了职工的意愿。',
    pinyin:
      'gōng huì zhǔ xí shuō zhè cì tiáo zī shì zhí gōng dài biǎo dà huì tǎo lùn tōng guò de chōng fèn tǐ xiàn le zhí gōng de yì yuàn',
  },
  {
    sentence: '有的职工担心调岗后收入会减少，工会专门派人一对一地做解释工作。',
    pinyin:
      'yǒu de zhí gōng dān xīn diào gǎng hòu shōu rù huì jiǎn shǎo gōng huì zhuān mén pài rén yī duì yī de zuò jiě shì gōng zuò',
  },
  {
    sentence: '冬天的东北，气温常常降到零下二三十度，户外作业十分艰苦。',
    pinyin: 'dōng tiān de dōng běi qì wēn cháng cháng jiàng dào líng xià èr sān shí dù hù wài zuò yè shí fēn jiān kǔ',
  },
  {
    sentence: '铁路工人顶着寒风检修线路，眉毛和胡子上都结了一层白霜。',
    pinyin: 'tiě lù gōng rén dǐng zhe hán fēng jiǎn xiū xiàn lù méi mao hé hú zi shàng dōu jié le yī céng bái shuāng',
  },
  {
    sentence: '他们说，多干一点，旅客的出行就多一分安全。',
    pinyin: 'tā men shuō duō gàn yī diǎn lǚ kè de chū xíng jiù duō yī fēn ān quán',
  },
  {
    sentence: '这场大雪来得突然，给交通出行带来了很大影响，多条高速公路临时封闭。',
    pinyin:
      'zhè chǎng dà xuě lái de tū rán gěi jiāo tōng chū xíng dài lái le hěn dà yǐng xiǎng duō tiáo gāo sù gōng lù lín shí fēng bì',
  },
  {
    sentence: '交警和养护工人全员上岗，撒融雪剂、清理积雪，尽快恢复道路通行。',
    pinyin:
      'jiāo jǐng hé yǎng hù gōng rén quán yuán shàng gǎng sǎ róng xuě jì qīng lǐ jī xuě jǐn kuài huī fù dào lù tōng xíng',
  },
  {
    sentence: '一位大货车司机被困在服务区，工作人员给他送来了热水和方便面。',
    pinyin:
      'yī wèi dà huò chē sī jī bèi kùn zài fú wù qū gōng zuò rén yuán gěi tā sòng lái le rè shuǐ hé fāng biàn miàn',
  },
  {
    sentence: '他感动地说：“出门在外，最怕的就是遇到这种情况，有你们在，心里就不慌了。”',
    pinyin:
      'tā gǎn dòng de shuō chū mén zài wài zuì pà de jiù shì yù dào zhè zhǒng qíng kuàng yǒu nǐ men zài xīn li jiù bù huāng le',
  },
  {
    sentence: '记者注意到，这个服务区还专门为滞留的司机开放了休息室。',
    pinyin: 'jì zhě zhù yì dào zhè ge fú wù qū hái zhuān mén wèi zhì liú de sī jī kāi fàng le xiū xī shì',
  },
  {
    sentence: '随着春运的到来，各大火车站的客流量明显增加。',
    pinyin: 'suí zhe chūn yùn de dào lái gè dà huǒ chē zhàn de kè liú liàng míng xiǎn zēng jiā',
  },
  {
    sentence: '车站增开了临时列车，还安排了志愿者为旅客提供引导服务。',
    pinyin: 'chē zhàn zēng kāi le lín shí liè chē hái ān pái le zhì yuàn zhě wèi lǚ kè tí gōng yǐn dǎo fú wù',
  },
  {
    sentence: '一名志愿者说，看到旅客们平平安安地踏上回家的路，自己心里也很高兴。',
    pinyin:
      'yī míng zhì yuàn zhě shuō kàn dào lǚ kè men píng píng ān ān de tà shàng huí jiā de lù zì jǐ xīn li yě hěn gāo xìng',
  },
  {
    sentence: '今年，当地计划新建和改扩建学校二十所，新增学位一万五千个。',
    pinyin: 'jīn nián dāng dì jì huà xīn jiàn hé gǎi kuò jiàn xué xiào èr shí suǒ xīn zēng xué wèi yī wàn wǔ qiān gè',
  },
  {
    sentence: '教育部门负责人表示，将着力解决进城务工人员随迁子女上学难的问题。',
    pinyin:
      'jiào yù bù mén fù zé rén biǎo shì jiāng zhuó lì jiě jué jìn chéng wù gōng rén yuán suí qiān zǐ nǚ shàng xué nán de wèn tí',
  },
  {
    sentence: '一些学校还开设了课后服务，家长下班晚也不用担心孩子没人管。',
    pinyin: 'yī xiē xué xiào hái kāi shè le kè hòu fú wù jiā zhǎng xià bān wǎn yě bù yòng dān xīn hái zi méi rén guǎn',
  },
  {
    sentence: '王女士说，以前每天下午都要请假接孩子，现在终于不用再为这件事发愁了。',
    pinyin:
      'wáng nǚ shì shuō yǐ qián měi tiān xià wǔ dōu yào qǐng jià jiē hái zi xiàn zài zhōng yú bù yòng zài wèi zhè jiàn shì fā chóu le',
  },
  {
    sentence: '国务院常务会议日前召开，会议部署了进一步稳就业的若干举措。',
    pinyin: 'guó wù yuàn cháng wù huì yì rì qián zhào kāi huì yì bù shǔ le jìn yī bù wěn jiù yè de ruò gān jǔ cuò',
  },
  {
    sentence: '会议指出，要落实落细就业优先政策，加大对吸纳就业较多行业的支持力度。',
    pinyin:
      'huì yì zhǐ chū yào luò shí luò xì jiù yè yōu xiān zhèng cè jiā dà duì xī nà jiù yè jiào duō háng yè de zhī chí lì dù',
  },
  {
    sentence: '对招用高校毕业生的企业，按每人一千五百元的标准给予一次性扩岗补助。',
    pinyin:
      'duì zhāo yòng gāo xiào bì yè shēng de qǐ yè àn měi rén yī qiān wǔ bǎi yuán de biāo zhǔn jǐ yǔ yī cì xìng kuò gǎng bǔ zhù',
  },
  {
    sentence: '会议还要求，各地要加快发放失业保险金，做到应发尽发、应保尽保。',
    pinyin: 'huì yì hái yāo qiú gè dì yào jiā kuài fā fàng shī yè bǎo xiǎn jīn zuò dào yīng fā jìn fā yīng bǎo jìn bǎo',
  },
  {
    sentence: '国家发展改革委有关负责人在新闻发布会上介绍，上半年全国固定资产投资同比增长百分之三点八。',
    pinyin:
      'guó jiā fā zhǎn gǎi gé wěi yǒu guān fù zé rén zài xīn wén fā bù huì shàng jiè shào shàng bàn nián quán guó gù dìng zī chǎn tóu zī tóng bǐ zēng zhǎng bǎi fēn zhī sān diǎn bā',
  },
  {
    sentence: '其中，制造业投资增长较快，高技术产业投资保持两位数增长。',
    pinyin:
      'qí zhōng zhì zào yè tóu zī zēng zhǎng jiào kuài gāo jì shù chǎn yè tóu zī bǎo chí liǎng wèi shù zēng zhǎng',
  },
  {
    sentence: '这位负责人说，下一步将着力扩大有效投资，发挥好政府投资的带动作用。',
    pinyin:
      'zhè wèi fù zé rén shuō xià yī bù jiāng zhuó lì kuò dà yǒu xiào tóu zī fā huī hǎo zhèng fǔ tóu zī de dài dòng zuò yòng',
  },
  {
    sentence: '据海关统计，前十个月我国货物贸易进出口总值三十五万亿元，同比增长百分之零点三。',
    pinyin:
      'jù hǎi guān tǒng jì qián shí gè yuè wǒ guó huò wù mào yì jìn chū kǒu zǒng zhí sān shí wǔ wàn yì yuán tóng bǐ zēng zhǎng bǎi fēn zhī líng diǎn sān',
  },
  {
    sentence: '一些外贸企业反映，海外订单有所回暖，但原材料价格上涨压缩了利润空间。',
    pinyin:
      'yī xiē wài mào qǐ yè fǎn yìng hǎi wài dìng dān yǒu suǒ huí nuǎn dàn yuán cái liào jià gé shàng zhǎng yā suō le lì rùn kōng jiān',
  },
  {
    sentence: '为帮助企业渡过难关，多地出台了减税降费、缓缴社保费等纾困措施。',
    pinyin:
      'wèi bāng zhù qǐ yè dù guò nán guān duō dì chū tái le jiǎn shuì jiàng fèi huǎn jiǎo shè bǎo fèi děng shū kùn cuò shī',
  },
  {
    sentence: '央行相关负责人表示，将保持流动性合理充裕，引导金融机构加大对小微企业的信贷支持。',
    pinyin:
      'yāng háng xiāng guān fù zé rén biǎo shì jiāng bǎo chí liú dòng xìng hé lǐ chōng yù yǐn dǎo jīn róng jī gòu jiā dà duì xiǎo wēi qǐ yè de xìn dài zhī chí',
  },
  {
    sentence: '今年以来，普惠小微贷款余额同比增长百分之二十以上，贷款利率继续下降。',
    pinyin:
      'jīn nián yǐ lái pǔ huì xiǎo wēi dài kuǎn yú é tóng bǐ zēng zhǎng bǎi fēn zhī èr shí yǐ shàng dài kuǎn lì lǜ jì xù xià jiàng',
  },
  {
    sentence: '一家小微企业的负责人说，以前贷款要抵押房产，现在凭信用就能贷到三百万元。',
    pinyin:
      'yī jiā xiǎo wēi qǐ yè de fù zé rén shuō yǐ qián dài kuǎn yào dǐ yā fáng chǎn xiàn zài píng xìn yòng jiù néng dài dào sān bǎi wàn yuán',
  },
  {
    sentence: '在农村，一批返乡创业的年轻人带动了当地产业的发展。',
    pinyin: 'zài nóng cūn yī pī fǎn xiāng chuàng yè de nián qīng rén dài dòng le dāng dì chǎn yè de fā zhǎn',
  },
  {
    sentence: '大学毕业后回到家乡的小曾，办起了一家农产品电商公司，帮乡亲们把土特产卖到全国各地。',
    pinyin:
      'dà xué bì yè hòu huí dào jiā xiāng de xiǎo zēng bàn qǐ le yī jiā nóng chǎn pǐn diàn shāng gōng sī bāng xiāng qīn men bǎ tǔ tè chǎn mài dào quán guó gè dì',
  },
  {
    sentence: '他说，刚开始没有经验，走了不少弯路，现在公司每年的销售额已经突破两千万元。',
    pinyin:
      'tā shuō gāng kāi shǐ méi yǒu jīng yàn zǒu le bù shǎo wān lù xiàn zài gōng sī měi nián de xiāo shòu é yǐ jīng tū pò liǎng qiān wàn yuán',
  },
  {
    sentence: '当地政府为返乡创业人员提供场地、贷款贴息和技能培训，营造了良好的创业环境。',
    pinyin:
      'dāng dì zhèng fǔ wèi fǎn xiāng chuàng yè rén yuán tí gōng chǎng dì dài kuǎn tiē xī hé jì néng péi xùn yíng zào le liáng hǎo de chuàng yè huán jìng',
  },
  {
    sentence: '截至目前，全县已有返乡创业人员三千余人，带动就业两万多人。',
    pinyin:
      'jié zhì mù qián quán xiàn yǐ yǒu fǎn xiāng chuàng yè rén yuán sān qiān yú rén dài dòng jiù yè liǎng wàn duō rén',
  },
  {
    sentence: '村里的留守老人也在合作社找到了活干，每月能拿到一千多元的工资。',
    pinyin:
      'cūn lǐ de liú shǒu lǎo rén yě zài hé zuò shè zhǎo dào le huó gàn měi yuè néng ná dào yī qiān duō yuán de gōng zī',
  },
  {
    sentence: '一位老人说，在家门口干活，既能挣钱，又能照看孙子，心里很满足。',
    pinyin: 'yī wèi lǎo rén shuō zài jiā mén kǒu gàn huó jì néng zhèng qián yòu néng zhào kàn sūn zi xīn li hěn mǎn zú',
  },
  {
    sentence: '市场监管总局近日发布通知，要求各地加强对预付式消费的监管。',
    pinyin:
      'shì chǎng jiān guǎn zǒng jú jìn rì fā bù tōng zhī yāo qiú gè dì jiā qiáng duì yù fù shì xiāo fèi de jiān guǎn',
  },
  {
    sentence: '一些健身房、美容店收了会员费后关门跑路，消费者维权难。',
    pinyin: 'yī xiē jiàn shēn fáng měi róng diàn shōu le huì yuán fèi hòu guān mén pǎo lù xiāo fèi zhě wéi quán nán',
  },
  {
    sentence: '通知明确，经营者应当在显著位置公示收费标准和退费办法，不得设置不合理的限制条件。',
    pinyin:
      'tōng zhī míng què jīng yíng zhě yīng dāng zài xiǎn zhù wèi zhi gōng shì shōu fèi biāo zhǔn hé tuì fèi bàn fǎ bù dé shè zhì bù hé lǐ de xiàn zhì tiáo jiàn',
  },
  {
    sentence: '消费者协会提醒，办卡前要仔细阅读合同条款，尽量不要一次性预付大额费用。',
    pinyin:
      'xiāo fèi zhě xié huì tí xǐng bàn kǎ qián yào zǐ xì yuè dú hé tong tiáo kuǎn jǐn liàng bù yào yī cì xìng yù fù dà é fèi yòng',
  },
  {
    sentence: '一名消费者告诉记者，她去年在一家健身房办了一张五千元的年卡，结果只去了两次健身房就关门了。',
    pinyin:
      'yī míng xiāo fèi zhě gào su jì zhě tā qù nián zài yī jiā jiàn shēn fáng bàn le yī zhāng wǔ qiān yuán de nián kǎ jié guǒ zhǐ qù le liǎng cì jiàn shēn fáng jiù guān mén le',
  },
  {
    sentence: '目前，她已经向当地消费者协会投诉，希望能要回剩下的钱。',
    pinyin: 'mù qián tā yǐ jīng xiàng dāng dì xiāo fèi zhě xié huì tóu sù xī wàng néng yào huí shèng xià de qián',
  },
  {
    sentence: '律师指出，经营者未经告知突然停业的，消费者有权要求退还未消费部分的费用。',
    pinyin:
      'lǜ shī zhǐ chū jīng yíng zhě wèi jīng gào zhī tū rán tíng yè de xiāo fèi zhě yǒu quán yāo qiú tuì huán wèi xiāo fèi bù fen de fèi yòng',
  },
  {
    sentence: '本报记者 柴如瑾 本报通讯员 邵长青',
    pinyin: 'běn bào jì zhě chái rú jǐn běn bào tōng xùn yuán shào cháng qīng',
  },
  {
    sentence: '在中铁某局的隧道施工现场，技术员曾凡宇正和同事一起调试新引进的凿岩台车。',
    pinyin:
      'zài zhōng tiě mǒu jú de suì dào shī gōng xiàn chǎng jì shù yuán zēng fán yǔ zhèng hé tóng shì yī qǐ tiáo shì xīn yǐn jìn de záo yán tái chē',
  },
  {
    sentence: '曾凡宇今年二十八岁，大学毕业后就来到了项目上，一干就是六年。',
    pinyin: 'zēng fán yǔ jīn nián èr shí bā suì dà xué bì yè hòu jiù lái dào le xiàng mù shàng yī gàn jiù shì liù nián',
  },
  {
    sentence: '他说，隧道里湿度大、粉尘多，刚来时很不适应，是老师傅们手把手带出来的。',
    pinyin:
      'tā shuō suì dào lǐ shī dù dà fěn chén duō gāng lái shí hěn bù shì yìng shì lǎo shī fu men shǒu bǎ shǒu dài chū lái de',
  },
  {
    sentence: '带他的师傅叫单国栋，是项目上有名的“隧道通”。',
    pinyin: 'dài tā de shī fu jiào shàn guó dòng shì xiàng mù shàng yǒu míng de suì dào tōng',
  },
  {
    sentence: '单国栋告诉记者，现在的年轻人脑子活、学得快，很多新设备他们上手比老师傅还快。',
    pinyin:
      'shàn guó dòng gào su jì zhě xiàn zài de nián qīng rén nǎo zi huó xué de kuài hěn duō xīn shè bèi tā men shàng shǒu bǐ lǎo shī fu hái kuài',
  },
  {
    sentence: '在工地的另一头，安全员覃小兵正拿着检测仪测量洞内的有害气体浓度。',
    pinyin:
      'zài gōng dì de lìng yī tóu ān quán yuán tán xiǎo bīng zhèng ná zhe jiǎn cè yí cè liáng dòng nèi de yǒu hài qì tǐ nóng dù',
  },
  {
    sentence: '“每隔两个小时就要测一次，数据不合格，一个人也不能进洞。”覃小兵说。',
    pinyin:
      'měi gé liǎng gè xiǎo shí jiù yào cè yī cì shù jù bù hé gé yī ge rén yě bù néng jìn dòng tán xiǎo bīng shuō',
  },
  {
    sentence: '据项目经理查海涛介绍，这条隧道全长八公里，是全线的控制性工程，计划明年五月贯通。',
    pinyin:
      'jù xiàng mù jīng lǐ zhā hǎi tāo jiè shào zhè tiáo suì dào quán cháng bā gōng lǐ shì quán xiàn de kòng zhì xìng gōng chéng jì huà míng nián wǔ yuè guàn tōng',
  },
  {
    sentence: '为了确保工期，项目部实行“两班倒”，三百多名工人昼夜不停地施工。',
    pinyin:
      'wèi le què bǎo gōng qī xiàng mù bù shí xíng liǎng bān dǎo sān bǎi duō míng gōng rén zhòu yè bù tíng de shī gōng',
  },
  {
    sentence: '查海涛说，虽然任务重，但安全和质量是底线，绝不能为了赶进度而放松要求。',
    pinyin:
      'zhā hǎi tāo shuō suī rán rèn wu zhòng dàn ān quán hé zhì liàng shì dǐ xiàn jué bù néng wèi le gǎn jìn dù ér fàng sōng yāo qiú',
  },
  {
    sentence: '在项目部的职工食堂，厨师长仇红梅正忙着准备晚饭。',
    pinyin: 'zài xiàng mù bù de zhí gōng shí táng chú shī zhǎng qiú hóng méi zhèng máng zhe zhǔn bèi wǎn fàn',
  },
  {
    sentence: '她说，工人们干的是力气活，饭菜一定要管饱，还得有营养。',
    pinyin: 'tā shuō gōng rén men gàn de shì lì qi huó fàn cài yī dìng yào guǎn bǎo hái děi yǒu yíng yǎng',
  },
  {
    sentence: '食堂每天供应四个荤菜、四个素菜，还有面条和馒头，工人们可以随便挑。',
    pinyin:
      'shí táng měi tiān gōng yìng sì gè hūn cài sì gè sù cài hái yǒu miàn tiáo hé mán tou gōng rén men kě yǐ suí biàn tiāo',
  },
  {
    sentence: '一名来自河南的工人说，在这里吃得好、住得好，干活也更有劲了。',
    pinyin: 'yī míng lái zì hé nán de gōng rén shuō zài zhè lǐ chī de hǎo zhù de hǎo gàn huó yě gèng yǒu jìn le',
  },
  {
    sentence: '晚上，工人们下班后可以去职工书屋看书，也可以在活动室打乒乓球。',
    pinyin:
      'wǎn shang gōng rén men xià bān hòu kě yǐ qù zhí gōng shū wū kàn shū yě kě yǐ zài huó dòng shì dǎ pīng pāng qiú',
  },
  {
    sentence: '项目工会主席解春华说，工会每个月都会组织一次文体活动，丰富大家的业余生活。',
    pinyin:
      'xiàng mù gōng huì zhǔ xí xiè chūn huá shuō gōng huì měi gè yuè dōu huì zǔ zhī yī cì wén tǐ huó dòng fēng fù dà jiā de yè yú shēng huó',
  },
  {
    sentence: '今年中秋节，工会还为每名职工准备了月饼和水果，让大家在工地上也能感受到节日的温暖。',
    pinyin:
      'jīn nián zhōng qiū jié gōng huì hái wèi měi míng zhí gōng zhǔn bèi le yuè bǐng hé shuǐ guǒ ràng dà jiā zài gōng dì shàng yě néng gǎn shòu dào jié rì de wēn nuǎn',
  },
  {
    sentence: '“一开始我也没想到，自己能从一名普通的流水线工人成长为车间主任。”说起这些年的经历，她有些感慨。',
    pinyin:
      'yī kāi shǐ wǒ yě méi xiǎng dào zì jǐ néng cóng yī míng pǔ tōng de liú shuǐ xiàn gōng rén chéng zhǎng wéi chē jiān zhǔ rèn shuō qǐ zhè xiē nián de jīng lì tā yǒu xiē gǎn kǎi',
  },
  {
    sentence: '十五年前，她从农村来到城里打工，第一份工作是在电子厂里插线。',
    pinyin:
      'shí wǔ nián qián tā cóng nóng cūn lái dào chéng lǐ dǎ gōng dì yī fèn gōng zuò shì zài diàn zǐ chǎng lǐ chā xiàn',
  },
  {
    sentence: '那时候，她每天要站十个小时，下班后还要去夜校上课。',
    pinyin: 'nà shí hou tā měi tiān yào zhàn shí gè xiǎo shí xià bān hòu hái yào qù yè xiào shàng kè',
  },
  {
    sentence: '凭着一股不服输的劲头，她先后拿下了大专和本科文凭，还考取了高级技师证书。',
    pinyin:
      'píng zhe yī gǔ bù fú shū de jìn tóu tā xiān hòu ná xià le dà zhuān hé běn kē wén píng hái kǎo qǔ le gāo jí jì shī zhèng shū',
  },
  {
    sentence: '如今，她带领的班组连续三年被评为公司的“优秀班组”。',
    pinyin: 'rú jīn tā dài lǐng de bān zǔ lián xù sān nián bèi píng wéi gōng sī de yōu xiù bān zǔ',
  },
  {
    sentence: '她说，自己最大的收获不是职务的提升，而是学会了怎样带好一个团队。',
    pinyin:
      'tā shuō zì jǐ zuì dà de shōu huò bù shì zhí wù de tí shēng ér shì xué huì le zěn yàng dài hǎo yī ge tuán duì',
  },
  {
    sentence: '班组里的年轻人有什么心事，都愿意找她聊一聊。',
    pinyin: 'bān zǔ lǐ de nián qīng rén yǒu shén me xīn shì dōu yuàn yì zhǎo tā liáo yī liáo',
  },
  {
    sentence: '“她就像我们的大姐姐一样。”一名九五后员工说。',
    pinyin: 'tā jiù xiàng wǒ men de dà jiě jie yī yàng yī míng jiǔ wǔ hòu yuán gōng shuō',
  },
  {
    sentence: '近年来，公司越来越重视员工的职业发展，为每个人都制定了成长计划。',
    pinyin:
      'jìn nián lái gōng sī yuè lái yuè zhòng shì yuán gōng de zhí yè fā zhǎn wèi měi ge rén dōu zhì dìng le chéng zhǎng jì huà',
  },
  {
    sentence: '公司人力资源部经理介绍，员工可以根据自己的兴趣选择技术或管理两条通道。',
    pinyin:
      'gōng sī rén lì zī yuán bù jīng lǐ jiè shào yuán gōng kě yǐ gēn jù zì jǐ de xìng qù xuǎn zé jì shù huò guǎn lǐ liǎng tiáo tōng dào',
  },
  {
    sentence: '技术通道设置了初级工、中级工、高级工、技师和高级技师五个等级，每个等级对应不同的薪资。',
    pinyin:
      'jì shù tōng dào shè zhì le chū jí gōng zhōng jí gōng gāo jí gōng jì shī hé gāo jí jì shī wǔ gè děng jí měi gè děng jí duì yìng bù tóng de xīn zī',
  },
  {
    sentence: '去年，公司共有一百二十多名员工通过考核晋升了等级。',
    pinyin: 'qù nián gōng sī gòng yǒu yī bǎi èr shí duō míng yuán gōng tōng guò kǎo hé jìn shēng le děng jí',
  },
  {
    sentence: '一名刚刚晋升为技师的员工说，等级上去了，工资也涨了，干起活来更有动力了。',
    pinyin:
      'yī míng gāng gang jìn shēng wéi jì shī de yuán gōng shuō děng jí shàng qù le gōng zī yě zhǎng le gàn qǐ huó lái gèng yǒu dòng lì le',
  },
  {
    sentence: '在公司的培训中心，每天都有员工在这里学习新技术。',
    pinyin: 'zài gōng sī de péi xùn zhōng xīn měi tiān dōu yǒu yuán gōng zài zhè lǐ xué xí xīn jì shù',
  },
  {
    sentence: '培训中心的老师大多是公司内部的技术骨干，讲的都是生产中遇到的实际问题。',
    pinyin:
      'péi xùn zhōng xīn de lǎo shī dà duō shì gōng sī nèi bù de jì shù gǔ gàn jiǎng de dōu shì shēng chǎn zhōng yù dào de shí jì wèn tí',
  },
  {
    sentence: '培训结束后还要进行考试，考试合格的才能上岗操作新设备。',
    pinyin: 'péi xùn jié shù hòu hái yào jìn xíng kǎo shì kǎo shì hé gé de cái néng shàng gǎng cāo zuò xīn shè bèi',
  },
  {
    sentence: '公司负责人说，企业要发展，关键靠人才，舍得在培训上花钱，就是在为企业的未来投资。',
    pinyin:
      'gōng sī fù zé rén shuō qǐ yè yào fā zhǎn guān jiàn kào rén cái shě de zài péi xùn shàng huā qián jiù shì zài wèi qǐ yè de wèi lái tóu zī',
  },
  {
    sentence: '据统计，公司每年用于员工培训的经费占工资总额的百分之二点五，远高于国家规定的标准。',
    pinyin:
      'jù tǒng jì gōng sī měi nián yòng yú yuán gōng péi xùn de jīng fèi zhàn gōng zī zǒng é de bǎi fēn zhī èr diǎn wǔ yuǎn gāo yú guó jiā guī dìng de biāo zhǔn',
  },
  {
    sentence: '这样的投入换来了实实在在的回报：产品不良率下降了一半，生产效率提高了三成。',
    pinyin:
      'zhè yàng de tóu rù huàn lái le shí shí zài zài de huí bào chǎn pǐn bù liáng lǜ xià jiàng le yī bàn shēng chǎn xiào lǜ tí gāo le sān chéng',
  },
  {
    sentence: '不少同行企业专门派人来学习取经。',
    pinyin: 'bù shǎo tóng háng qǐ yè zhuān mén pài rén lái xué xí qǔ jīng',
  },
  {
    sentence: '据新华社报道，联合国秘书长古特雷斯当天在纽约总部发表讲话，呼吁各方保持克制。',
    pinyin:
      'jù xīn huá shè bào dào lián hé guó mì shū zhǎng gǔ tè léi sī dāng tiān zài niǔ yuē zǒng bù fā biǎo jiǎng huà hū yù gè fāng bǎo chí kè zhì',
  },
  {
    sentence: '国际劳工组织发布报告称，全球青年失业率仍处于较高水平，约有六千四百万青年没有工作。',
    pinyin:
      'guó jì láo gōng zǔ zhī fā bù bào gào chēng quán qiú qīng nián shī yè lǜ réng chǔ yú jiào gāo shuǐ píng yuē yǒu liù qiān sì bǎi wàn qīng nián méi yǒu gōng zuò',
  },
  {
    sentence: '报告建议各国加大对职业教育的投入，帮助年轻人掌握数字时代需要的技能。',
    pinyin:
      'bào gào jiàn yì gè guó jiā dà duì zhí yè jiào yù de tóu rù bāng zhù nián qīng rén zhǎng wò shù zì shí dài xū yào de jì néng',
  },
  {
    sentence: '中国和巴西两国企业签署了一批合作协议，涉及能源、基础设施和农业等领域。',
    pinyin:
      'zhōng guó hé bā xī liǎng guó qǐ yè qiān shǔ le yī pī hé zuò xié yì shè jí néng yuán jī chǔ shè shī hé nóng yè děng lǐng yù',
  },
  {
    sentence: '巴西驻华大使在签约仪式上说，两国经贸合作潜力巨大，前景广阔。',
    pinyin:
      'bā xī zhù huá dà shǐ zài qiān yuē yí shì shàng shuō liǎng guó jīng mào hé zuò qián lì jù dà qián jǐng guǎng kuò',
  },
  {
    sentence: '在德国汉堡港，一艘满载中国商品的集装箱货轮缓缓靠岸。',
    pinyin: 'zài dé guó hàn bǎo gǎng yī sōu mǎn zài zhōng guó shāng pǐn de jí zhuāng xiāng huò lún huǎn huǎn kào àn',
  },
  {
    sentence: '港口工作人员介绍，今年以来，往返中欧之间的班列和航线运量持续增长。',
    pinyin:
      'gǎng kǒu gōng zuò rén yuán jiè shào jīn nián yǐ lái wǎng fǎn zhōng ōu zhī jiān de bān liè hé háng xiàn yùn liàng chí xù zēng zhǎng',
  },
  {
    sentence: '中欧班列开通十多年来，已累计开行八万多列，通达欧洲二十五个国家的两百多个城市。',
    pinyin:
      'zhōng ōu bān liè kāi tōng shí duō nián lái yǐ lěi jì kāi xíng bā wàn duō liè tōng dá ōu zhōu èr shí wǔ gè guó jiā de liǎng bǎi duō ge chéng shì',
  },
  {
    sentence: '一名哈萨克斯坦司机说，自己每个月都要往返几趟，这条路让他的收入翻了一番。',
    pinyin:
      'yī míng hā sà kè sī tǎn sī jī shuō zì jǐ měi gè yuè dōu yào wǎng fǎn jǐ tàng zhè tiáo lù ràng tā de shōu rù fān le yī fān',
  },
  {
    sentence: '在肯尼亚，由中国企业承建的蒙内铁路已经安全运营了七年多。',
    pinyin: 'zài kěn ní yà yóu zhōng guó qǐ yè chéng jiàn de méng nèi tiě lù yǐ jīng ān quán yùn yíng le qī nián duō',
  },
  {
    sentence: '铁路公司雇用的当地员工超过两千人，不少人从普通工人成长为火车司机和调度员。',
    pinyin:
      'tiě lù gōng sī gù yòng de dāng dì yuán gōng chāo guò liǎng qiān rén bù shǎo rén cóng pǔ tōng gōng rén chéng zhǎng wéi huǒ chē sī jī hé diào dù yuán',
  },
  {
    sentence: '一位当地女司机说，开火车是她小时候的梦想，没想到真的实现了。',
    pinyin:
      'yī wèi dāng dì nǚ sī jī shuō kāi huǒ chē shì tā xiǎo shí hou de mèng xiǎng méi xiǎng dào zhēn de shí xiàn le',
  },
  {
    sentence: '第二十五届中国国际高新技术成果交易会在深圳开幕，吸引了来自一百多个国家和地区的客商。',
    pinyin:
      'dì èr shí wǔ jiè zhōng guó guó jì gāo xīn jì shù chéng guǒ jiāo yì huì zài shēn zhèn kāi mù xī yǐn le lái zì yī bǎi duō ge guó jiā hé dì qū de kè shāng',
  },
  {
    sentence: '展会上，无人驾驶汽车、智能机器人等新产品引来不少观众驻足。',
    pinyin:
      'zhǎn huì shàng wú rén jià shǐ qì chē zhì néng jī qì rén děng xīn chǎn pǐn yǐn lái bù shǎo guān zhòng zhù zú',
  },
  {
    sentence: '一家参展企业的负责人说，三天里已经收到了二十多份合作意向书。',
    pinyin:
      'yī jiā cān zhǎn qǐ yè de fù zé rén shuō sān tiān lǐ yǐ jīng shōu dào le èr shí duō fèn hé zuò yì xiàng shū',
  },
  {
    sentence: '近年来，我国新能源汽车产销量连续多年位居全球第一，出口量也大幅增长。',
    pinyin:
      'jìn nián lái wǒ guó xīn néng yuán qì chē chǎn xiāo liàng lián xù duō nián wèi jū quán qiú dì yī chū kǒu liàng yě dà fú zēng zhǎng',
  },
  {
    sentence: '业内人士分析，技术进步和完整的产业链是中国新能源汽车走向世界的重要原因。',
    pinyin:
      'yè nèi rén shì fēn xī jì shù jìn bù hé wán zhěng de chǎn yè liàn shì zhōng guó xīn néng yuán qì chē zǒu xiàng shì jiè de zhòng yào yuán yīn',
  },
  {
    sentence: '一些外国车企也纷纷来华设立研发中心，与中国企业开展合作。',
    pinyin: 'yī xiē wài guó chē qǐ yě fēn fēn lái huá shè lì yán fā zhōng xīn yǔ zhōng guó qǐ yè kāi zhǎn hé zuò',
  },
  {
    sentence: '在上海举行的一场国际论坛上，多位专家围绕人工智能与就业的话题展开讨论。',
    pinyin:
      'zài shàng hǎi jǔ xíng de yī chǎng guó jì lùn tán shàng duō wèi zhuān jiā wéi rào rén gōng zhì néng yǔ jiù yè de huà tí zhǎn kāi tǎo lùn',
  },
  {
    sentence: '有专家认为，人工智能会取代一部分重复性的工作，但同时也会创造出新的岗位。',
    pinyin:
      'yǒu zhuān jiā rèn wéi rén gōng zhì néng huì qǔ dài yī bù fen chóng fù xìng de gōng zuò dàn tóng shí yě huì chuàng zào chū xīn de gǎng wèi',
  },
  {
    sentence: '他建议，劳动者要不断学习新知识，提高自己适应变化的能力。',
    pinyin: 'tā jiàn yì láo dòng zhě yào bù duàn xué xí xīn zhī shi tí gāo zì jǐ shì yìng biàn huà de néng lì',
  },
  {
    sentence: '“你别看这活儿简单，真要干好可不容易。”老张一边擦着汗一边说。',
    pinyin: 'nǐ bié kàn zhè huó r jiǎn dān zhēn yào gàn hǎo kě bù róng yì lǎo zhāng yī biān cā zhe hàn yī biān shuō',
  },
  {
    sentence: '“咱们工人就得有股子韧劲儿，碰到难题不能往后缩。”',
    pinyin: 'zán men gōng rén jiù děi yǒu gǔ zi rèn jìn r pèng dào nán tí bù néng wǎng hòu suō',
  },
  {
    sentence: '他年轻时在矿上干过八年，落下了腰疼的毛病，一到阴天就犯。',
    pinyin: 'tā nián qīng shí zài kuàng shàng gàn guo bā nián lào xià le yāo téng de máo bìng yī dào yīn tiān jiù fàn',
  },
  {
    sentence: '“那会儿条件差，井下连个像样的休息的地方都没有，饿了就啃口干馒头。”',
    pinyin:
      'nà huì r tiáo jiàn chà jǐng xià lián gè xiàng yàng de xiū xi de dì fang dōu méi yǒu è le jiù kěn kǒu gān mán tou',
  },
  {
    sentence: '现在好了，井下有了休息室，还能喝上热乎乎的开水。',
    pinyin: 'xiàn zài hǎo le jǐng xià yǒu le xiū xī shì hái néng hē shàng rè hū hū de kāi shuǐ',
  },
  {
    sentence: '他的儿子也在矿上上班，不过干的是技术活，天天坐在调度室里看屏幕。',
    pinyin:
      'tā de ér zi yě zài kuàng shàng shàng bān bù guò gàn de shì jì shù huó tiān tiān zuò zài diào dù shì lǐ kàn píng mù',
  },
  {
    sentence: '“我们那时候是拼力气，他们现在是拼脑子。”老张笑着说。',
    pinyin: 'wǒ men nà shí hou shì pīn lì qi tā men xiàn zài shì pīn nǎo zi lǎo zhāng xiào zhe shuō',
  },
  {
    sentence: '老张的老伴儿在家里种了几亩菜地，每天早上都要去地里转一转。',
    pinyin:
      'lǎo zhāng de lǎo bàn r zài jiā lǐ zhòng le jǐ mǔ cài dì měi tiān zǎo shang dōu yào qù dì lǐ zhuàn yī zhuàn',
  },
  {
    sentence: '她说，自己种的菜吃着放心，吃不完的就分给左邻右舍。',
    pinyin: 'tā shuō zì jǐ zhòng de cài chī zhe fàng xīn chī bù wán de jiù fēn gěi zuǒ lín yòu shè',
  },
  {
    sentence: '逢年过节，儿女们都回来，一大家子十几口人围坐在一起，热闹得很。',
    pinyin: 'féng nián guò jié ér nǚ men dōu huí lai yī dà jiā zi shí jǐ kǒu rén wéi zuò zài yī qǐ rè nao de hěn',
  },
  {
    sentence: '“过日子嘛，图的就是一家人平平安安、和和美美。”',
    pinyin: 'guò rì zi ma tú de jiù shì yī jiā rén píng píng ān ān hé hé měi měi',
  },
  {
    sentence: '说起孙子，老两口的脸上都乐开了花。',
    pinyin: 'shuō qǐ sūn zi lǎo liǎng kǒu de liǎn shàng dōu lè kāi le huā',
  },
  {
    sentence: '孙子今年考上了大学，学的是机械专业，说以后要造更好的采煤机。',
    pinyin: 'sūn zi jīn nián kǎo shàng le dà xué xué de shì jī xiè zhuān yè shuō yǐ hòu yào zào gèng hǎo de cǎi méi jī',
  },
  {
    sentence: '“这孩子打小就爱拆东西，家里的闹钟、收音机都让他拆了个遍。”',
    pinyin: 'zhè hái zi dǎ xiǎo jiù ài chāi dōng xi jiā lǐ de nào zhōng shōu yīn jī dōu ràng tā chāi le gè biàn',
  },
  { sentence: '老张说，孩子有出息，比啥都强。', pinyin: 'lǎo zhāng shuō hái zi yǒu chū xi bǐ shá dōu qiáng' },
  {
    sentence: '临走时，老张执意要送记者一袋自家种的花生，说什么也不让推辞。',
    pinyin:
      'lín zǒu shí lǎo zhāng zhí yì yào sòng jì zhě yī dài zì jiā zhòng de huā shēng shuō shén me yě bù ràng tuī cí',
  },
  {
    sentence: '“拿着拿着，都是自家地里长的，不值几个钱。”',
    pinyin: 'ná zhe ná zhe dōu shì zì jiā dì lǐ zhǎng de bù zhí jǐ ge qián',
  },
  { sentence: '记者拗不过他，只好收下。', pinyin: 'jì zhě niù bu guò tā zhǐ hǎo shōu xià' },
  {
    sentence: '车开出去老远，回头还能看见老张站在村口挥手。',
    pinyin: 'chē kāi chū qù lǎo yuǎn huí tóu hái néng kàn jiàn lǎo zhāng zhàn zài cūn kǒu huī shǒu',
  },
  {
    sentence: '“我这人没啥大本事，就是干活儿不惜力。”五十六岁的老焊工笑呵呵地说。',
    pinyin:
      'wǒ zhè rén méi shá dà běn shì jiù shì gàn huó r bù xī lì wǔ shí liù suì de lǎo hàn gōng xiào hē hē de shuō',
  },
  {
    sentence: '他说话嗓门大，一口浓重的山东口音，说到高兴处还会比画两下。',
    pinyin:
      'tā shuō huà sǎng mén dà yī kǒu nóng zhòng de shān dōng kǒu yīn shuō dào gāo xìng chù hái huì bǐ hua liǎng xià',
  },
  {
    sentence: '“年轻那会儿，一个月挣三十来块钱，照样干得起劲。”',
    pinyin: 'nián qīng nà huì r yī ge yuè zhèng sān shí lái kuài qián zhào yàng gàn de qǐ jìn',
  },
  {
    sentence: '“现在日子好过了，可这手艺不能丢，丢了就对不起师傅。”',
    pinyin: 'xiàn zài rì zi hǎo guò le kě zhè shǒu yì bù néng diū diū le jiù duì bu qǐ shī fu',
  },
  {
    sentence: '他的师傅早就不在了，可师傅说过的话，他一句也没忘。',
    pinyin: 'tā de shī fu zǎo jiù bù zài le kě shī fu shuō guo de huà tā yī jù yě méi wàng',
  },
  {
    sentence: '“干焊工，眼要准，手要稳，心要静。”这句话他念叨了几十年。',
    pinyin: 'gàn hàn gōng yǎn yào zhǔn shǒu yào wěn xīn yào jìng zhè jù huà tā niàn dao le jǐ shí nián',
  },
  {
    sentence: '徒弟们私下里都叫他“老倔头”，因为他认准的事，谁劝也不好使。',
    pinyin: 'tú dì men sī xià lǐ dōu jiào tā lǎo juè tóu yīn wèi tā rèn zhǔn de shì shéi quàn yě bù hǎo shǐ',
  },
  {
    sentence: '有一回，一批焊件差了半毫米，别人都说凑合能用，他硬是让返工重来。',
    pinyin:
      'yǒu yī huí yī pī hàn jiàn chà le bàn háo mǐ bié ren dōu shuō còu he néng yòng tā yìng shì ràng fǎn gōng chóng lái',
  },
  { sentence: '“差一点儿也是差，咱不能糊弄人。”', pinyin: 'chà yī diǎn r yě shì chà zán bù néng hù nong rén' },
  {
    sentence: '后来这批产品交到用户手里，人家专门打电话来道谢。',
    pinyin: 'hòu lái zhè pī chǎn pǐn jiāo dào yòng hù shǒu lǐ rén jiā zhuān mén dǎ diàn huà lái dào xiè',
  },
  {
    sentence: '老焊工有个习惯，每天上班前都要把工具擦一遍，摆得整整齐齐。',
    pinyin:
      'lǎo hàn gōng yǒu gè xí guàn měi tiān shàng bān qián dōu yào bǎ gōng jù cā yī biàn bǎi de zhěng zhěng qí qí',
  },
  {
    sentence: '他说，工具就跟庄稼人的锄头一样，得伺候好了，才能干出好活。',
    pinyin: 'tā shuō gōng jù jiù gēn zhuāng jia rén de chú tou yī yàng děi cì hou hǎo le cái néng gàn chū hǎo huó',
  },
  {
    sentence: '下了班，他喜欢在小区里遛弯儿，碰到熟人就聊上几句。',
    pinyin: 'xià le bān tā xǐ huan zài xiǎo qū lǐ liù wān r pèng dào shú rén jiù liáo shàng jǐ jù',
  },
  {
    sentence: '邻居们都知道，谁家的铁门坏了、水管漏了，找他准没错。',
    pinyin: 'lín jū men dōu zhī dào shéi jiā de tiě mén huài le shuǐ guǎn lòu le zhǎo tā zhǔn méi cuò',
  },
  {
    sentence: '他从来不收钱，顶多让人家递根烟、倒杯茶。',
    pinyin: 'tā cóng lái bù shōu qián dǐng duō ràng rén jiā dì gēn yān dào bēi chá',
  },
  { sentence: '“远亲不如近邻嘛，帮个忙算不了啥。”', pinyin: 'yuǎn qīn bù rú jìn lín ma bāng gè máng suàn bù liǎo shá' },
  {
    sentence: '去年冬天，他把攒了好几年的积蓄拿出来，给老家的小学买了一批桌椅。',
    pinyin:
      'qù nián dōng tiān tā bǎ zǎn le hǎo jǐ nián de jī xù ná chū lái gěi lǎo jiā de xiǎo xué mǎi le yī pī zhuō yǐ',
  },
  {
    sentence: '他说，自己小时候没念过几天书，吃了没文化的亏，不想让村里的孩子再受这个罪。',
    pinyin:
      'tā shuō zì jǐ xiǎo shí hou méi niàn guo jǐ tiān shū chī le méi wén huà de kuī bù xiǎng ràng cūn lǐ de hái zi zài shòu zhè ge zuì',
  },
  {
    sentence: '学校的老师打来电话感谢他，他只说了一句：“好好教孩子们，就当是我的心意了。”',
    pinyin:
      'xué xiào de lǎo shī dǎ lái diàn huà gǎn xiè tā tā zhǐ shuō le yī jù hǎo hǎo jiāo hái zi men jiù dàng shì wǒ de xīn yì le',
  },
  {
    sentence: '“嗨，这有啥好说的，都是分内的事。”听说记者要采访，老周连连摆手。',
    pinyin:
      'hāi zhè yǒu shá hǎo shuō de dōu shì fèn nèi de shì tīng shuō jì zhě yào cǎi fǎng lǎo zhōu lián lián bǎi shǒu',
  },
  {
    sentence: '在这个小站上，他一待就是三十二年，站里的每一根枕木、每一颗道钉他都摸得清清楚楚。',
    pinyin:
      'zài zhè ge xiǎo zhàn shàng tā yī dāi jiù shì sān shí èr nián zhàn lǐ de měi yī gēn zhěn mù měi yī kē dào dīng tā dōu mō de qīng qīng chǔ chǔ',
  },
  {
    sentence: '“最难的是过年，家里人盼着你回去，可站里离不开人。”',
    pinyin: 'zuì nán de shì guò nián jiā lǐ rén pàn zhe nǐ huí qu kě zhàn lǐ lí bu kāi rén',
  },
  { sentence: '说到这儿，他的眼圈有点儿红。', pinyin: 'shuō dào zhè r tā de yǎn quān yǒu diǎn r hóng' },
  {
    sentence: '他的爱人是个农村妇女，一个人拉扯大了两个孩子，还照顾着瘫痪在床的婆婆。',
    pinyin:
      'tā de ài ren shì gè nóng cūn fù nǚ yī ge rén lā che dà le liǎng gè hái zi hái zhào gu zhe tān huàn zài chuáng de pó po',
  },
  {
    sentence: '“我这辈子最对不住的就是她。”老周低着头说。',
    pinyin: 'wǒ zhè bèi zi zuì duì bu zhù de jiù shì tā lǎo zhōu dī zhe tóu shuō',
  },
  {
    sentence: '如今，两个孩子都参加了工作，大儿子也当上了铁路工人，就在离他不远的另一个站上。',
    pinyin:
      'rú jīn liǎng gè hái zi dōu cān jiā le gōng zuò dà ér zi yě dāng shàng le tiě lù gōng rén jiù zài lí tā bù yuǎn de lìng yī ge zhàn shàng',
  },
  {
    sentence: '父子俩一年也见不上几回面，有时候在电话里说上几句，就算是团聚了。',
    pinyin:
      'fù zǐ liǎ yī nián yě jiàn bù shàng jǐ huí miàn yǒu shí hou zài diàn huà lǐ shuō shàng jǐ jù jiù suàn shì tuán jù le',
  },
  {
    sentence: '“孩子说，爸，你放心，咱家的铁路精神我接着往下传。”',
    pinyin: 'hái zi shuō bà nǐ fàng xīn zán jiā de tiě lù jīng shén wǒ jiē zhe wǎng xià chuán',
  },
  { sentence: '老周听了这话，心里比喝了蜜还甜。', pinyin: 'lǎo zhōu tīng le zhè huà xīn li bǐ hē le mì hái tián' },
  {
    sentence: '再过两年，老周就该退休了，他说到时候要带着老伴儿出去走走，好好补偿补偿她。',
    pinyin:
      'zài guò liǎng nián lǎo zhōu jiù gāi tuì xiū le tā shuō dào shí hòu yào dài zhe lǎo bàn r chū qù zǒu zǒu hǎo hǎo bǔ cháng bǔ cháng tā',
  },
  {
    sentence: '站里新来的几个大学生都爱围着他转，向他请教各种问题。',
    pinyin: 'zhàn lǐ xīn lái de jǐ ge dà xué shēng dōu ài wéi zhe tā zhuàn xiàng tā qǐng jiào gè zhǒng wèn tí',
  },
  {
    sentence: '他总是耐心地讲，讲到要紧处，还要拿起工具比画给他们看。',
    pinyin: 'tā zǒng shì nài xīn de jiǎng jiǎng dào yào jǐn chù hái yào ná qǐ gōng jù bǐ hua gěi tā men kàn',
  },
  {
    sentence: '“年轻人肯学，就是好样的。咱得把本事都教给他们，不能带进棺材里去。”',
    pinyin:
      'nián qīng rén kěn xué jiù shì hǎo yàng de zán děi bǎ běn shì dōu jiāo gěi tā men bù néng dài jìn guān cai lǐ qù',
  },
  {
    sentence: '一个刚来半年的小伙子说，跟着周师傅干，心里踏实，有啥不懂的随时都能问。',
    pinyin:
      'yī ge gāng lái bàn nián de xiǎo huǒ zi shuō gēn zhe zhōu shī fu gàn xīn li tā shi yǒu shá bù dǒng de suí shí dōu néng wèn',
  },
  {
    sentence: '临别时，老周站在站台上，一直目送着我们的车消失在山路的拐弯处。',
    pinyin:
      'lín bié shí lǎo zhōu zhàn zài zhàn tái shàng yī zhí mù sòng zhe wǒ men de chē xiāo shī zài shān lù de guǎi wān chù',
  },
];
