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
];
