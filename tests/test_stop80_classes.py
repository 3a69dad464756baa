"""Rules from the probe sets 1285-1290 and on (the last stop's sealed measure, opened at the eightieth stop, and the
sets written in it), each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_a_news_agencys_dateline_city_is_where_it_filed_from_not_what_a_national_lead_is_about() -> None:
    # (`Hà Nội (TTXVN) -`, `Hà Nội, 5/10 (TTXVN) -`: the agency's bureau; a lead on the country's figures is national,
    # and so are the paragraphs after it)
    text = ("Xuất khẩu rau quả tăng mạnh\n\nHà Nội, 12/10 (TTXVN) - Theo Bộ Nông nghiệp và Phát triển nông thôn, 9 tháng "
            "năm 2023, cả nước xuất khẩu 4,2 tỷ USD rau quả.\n\nSo với cùng kỳ năm 2022, kim ngạch xuất khẩu sầu riêng "
            "tăng 35%.\n")
    found = _by_value(text)
    assert found[4.2e9].location == "Việt Nam"
    assert found[35].location == "Việt Nam"
    text = text.replace("Hà Nội, 12/10 (TTXVN)", "Hà Nội (TTXVN/Vietnam+)")
    assert _by_value(text)[35].location == "Việt Nam"
    # (a lead on the dateline's own city stays the city's)
    found = _by_value("Rác thải nhựa\n\nHải Phòng (TTXVN) - Năm 2023, thành phố Hải Phòng thu gom 1.200 tấn rác thải "
                      "nhựa.\n\nMỗi ngày, thành phố phát sinh thêm 30 tấn.\n")
    assert found[1200].location == "Hải Phòng"
    assert found[30].location == "Hải Phòng"


def test_a_works_a_lead_places_past_a_papers_tag_and_how_long_it_has_run_is_there_where_paragraphs_open_with_it() -> None:
    # (`(BĐT)- Đi vào hoạt động từ năm 2021, Nhà máy … tại xã X (huyện Y) …` / `Nhà máy có …`: the works goes on in the
    # district its lead placed it in, past the paper's tag and how long it has stood)
    text = ("Tỉnh Bình Định: nhà máy chế biến hạt điều\n\n(BĐT)- Đi vào hoạt động từ năm 2021, Nhà máy chế biến hạt điều "
            "Phước An tại xã Phước Sơn (huyện Tuy Phước) đã trở thành đầu mối tiêu thụ cho nông dân của tỉnh.\n\n"
            "Nhà máy có tổng vốn đầu tư 240 tỷ đồng, công suất 15.000 tấn/năm.\n\nToàn tỉnh có 9.000 ha điều.\n")
    found = _by_value(text)
    assert found[240e9].location == "Tuy Phước"
    assert found[9000].location == "Bình Định"
    # (and a paragraph that opens with the paper's tag, then the works by its kind)
    text = ("Tỉnh Bình Định: nhà máy chế biến hạt điều\n\nSau hai năm đi vào hoạt động, nhà máy chế biến hạt điều tại xã "
            "Phước Sơn (huyện Tuy Phước) đã trở thành đầu mối tiêu thụ cho nông dân của tỉnh.\n\n(BĐT) - Nhà máy của "
            "Công ty CP Phước An có tổng vốn đầu tư 240 tỷ đồng.\n")
    assert _by_value(text)[240e9].location == "Tuy Phước"


def test_a_firm_whose_bracket_gives_its_commune_then_district_is_there_where_the_paragraph_says_of_the_company() -> None:
    # (`Công ty … (xã Phước Thể, huyện Tuy Phong)` / `Trại giống của công ty rộng 2,5 ha`: the firm said again as the
    # owner of what the paragraph counts)
    text = ("Bình Thuận: nuôi tôm hùm giống\n\nBình Thuận - Sau hai năm thử nghiệm, Công ty TNHH Hải sản Biển Xanh (xã "
            "Chí Công, huyện Tuy Phong) đã sản xuất thành công tôm hùm giống.\n\nTrại của công ty rộng 3,5 ha với 40 bể "
            "ương.\n\nNăm 2024, toàn tỉnh có 120 cơ sở sản xuất giống.\n")
    found = _by_value(text)
    assert found[3.5].location == "Tuy Phong"
    assert found[40].location == "Tuy Phong"
    assert found[120].location == "Bình Thuận"


def test_kem_of_a_quality_compares_no_place() -> None:
    # (`đất lúa kém hiệu quả`: poor land, not `kém Hà Nội`, less than a place; the district after it is what the lead
    # is about)
    text = ("Bưởi da xanh giúp nông dân khấm khá\n\nChuyển đất lúa kém hiệu quả sang trồng bưởi, nhiều hộ dân xã Long "
            "Mỹ, huyện Giồng Trôm có thu nhập 200 triệu đồng mỗi năm.\n\nNăm 2023, anh Tư chuyển 1,5 ha đất lúa sang "
            "trồng bưởi.\n\nChị Lan, chủ vựa ở TP Bến Tre, cho biết mỗi ngày vựa mua 10 tấn.\n")
    found = _by_value(text)
    assert found[200e6].location == "Giồng Trôm"
    assert found[1.5].location == "Giồng Trôm"
    # (a place after `kém` itself is one compared with)
    found = _by_value("Năm 2023, năng suất lúa của huyện Giồng Trôm đạt 5,2 tấn/ha, kém huyện Châu Thành 0,3 tấn/ha.\n")
    assert found[5.2].location == "Giồng Trôm"


def test_ky_tuc_xa_is_a_dormitory_not_a_signing_so_the_headlines_city_is_what_the_article_is_about() -> None:
    # (`Ký túc xá … ở TP Đà Lạt`: a place to live, not `ký kết tại`, where an agreement was signed)
    text = ("Ký túc xá giá rẻ ở TP Đà Lạt còn 300 chỗ trống\n\nTheo Sở Giáo dục và Đào tạo Lâm Đồng, các ký túc xá trên "
            "địa bàn TP Đà Lạt có tổng cộng 2.000 chỗ ở.\n\nTính đến ngày 30/9/2023, số chỗ đã có sinh viên ở là 1.700 "
            "chỗ.\n")
    assert _by_value(text)[1700].location == "Đà Lạt"
    # (an agreement signed in a city still is no place of the article)
    found = _by_value("Ký kết hợp tác tại Hà Nội\n\nNgày 5/3, tại Hà Nội, Bộ Công Thương ký kết thỏa thuận với tỉnh "
                      "Lâm Đồng.\n\nNăm 2023, tỉnh Lâm Đồng xuất khẩu 1.200 tấn rau.\n")
    assert found[1200].location == "Lâm Đồng"


def test_a_capitalised_dau_tu_is_a_word_of_a_firms_name_so_a_district_that_ends_the_name_places_nothing() -> None:
    # (`Công ty cổ phần Đầu tư Vận tải Sơn Trà Xanh`: the firm's name; `Công ty đầu tư tại …`, lower case, invests)
    text = ("Bến xe khách Bắc Bình Sơn\n\nBến xe khách Bắc Bình Sơn tại xã Bình Long, huyện Bình Sơn do Công ty cổ phần "
            "Đầu tư Vận tải Sơn Trà Xanh làm chủ đầu tư. Bến có tổng diện tích 2,8 ha.\n")
    assert _by_value(text)[2.8].location == "Bình Sơn"
    assert _by_value("Năm 2024, Công ty đầu tư tại Cần Thơ 50 tỷ đồng.\n")[50e9].location == "Cần Thơ"


def test_a_unit_line_listing_units_skips_the_column_whose_label_gives_its_own() -> None:
    # (`Đơn vị tính: ha, tấn` over `Diện tích | Sản lượng | Tăng so với năm trước (%)`: the share column is in `%`, the
    # two others take the line's units in order)
    text = ("Kết quả sản xuất nho năm 2023\n\nĐơn vị tính: ha, tấn\nHuyện | Diện tích | Sản lượng | Tăng so với năm trước "
            "(%)\nNinh Phước | 420 | 8.400 | 5,2\nNinh Sơn | 130 | 2.100 | 3,4\n")
    found = _by_value(text)
    assert found[420].unit == "ha"
    assert found[8400].unit == "tấn"
    assert found[5.2].unit == "%"
    # (counted things the line names together stay one unit for every column)
    text = ("Kết quả giải quyết án năm 2023\n\nĐơn vị tính: vụ, việc\nĐơn vị | Thụ lý | Đã giải quyết | Tỷ lệ (%)\n"
            "Tòa án huyện A | 1.524 | 1.431 | 93,9\nTòa án huyện B | 612 | 589 | 96,2\n")
    assert _by_value(text)[1524].unit == "vụ, việc"


def test_a_craft_village_placed_in_its_district_is_the_commune_of_that_name() -> None:
    # (`làng hoa Nghĩa Hiệp, huyện Tư Nghĩa` / `Theo UBND xã Nghĩa Hiệp, …`: a craft village bears its commune's name,
    # and the commune is in the district the village was placed in)
    text = ("Quảng Ngãi: Làng rau Nghĩa Hòa vào vụ Tết\n\nQuảng Ngãi - Những ngày này, các hộ dân làng rau Nghĩa Hòa, "
            "huyện Tư Nghĩa đang tất bật thu hoạch rau.\n\nTheo UBND xã Nghĩa Hòa, năm 2024 diện tích rau của xã đạt 45 "
            "ha.\n\nToàn tỉnh có 1.200 ha rau.\n")
    found = _by_value(text)
    assert found[45].location == "Tư Nghĩa"
    assert found[1200].location == "Quảng Ngãi"


def test_a_headline_that_tags_a_province_then_names_one_district_of_it_is_about_the_district() -> None:
    # (`Ninh Thuận: Hơn 1.000 hộ ở Thuận Nam thiếu nước`: the province and its colon tag the story, as an agency does)
    text = ("Ninh Thuận: Hơn 1.000 hộ ở Thuận Nam thiếu nước\n\nNinh Thuận - Nắng nóng kéo dài khiến các hồ chứa chỉ còn "
            "15% dung tích.\n\nXã Phước Dinh có 420 hộ thiếu nước.\n\nToàn tỉnh có 3.200 hộ thiếu nước.\n")
    found = _by_value(text)
    assert found[420].location == "Thuận Nam"
    assert found[3200].location == "Ninh Thuận"
    # (not a headline whose district names a work or a site: a port serves the whole province)
    text = ("Thanh Hóa: Xuất khẩu dăm gỗ qua cảng Nghi Sơn tăng mạnh\n\nThanh Hóa - Năm 2024, doanh nghiệp xuất khẩu "
            "420.000 tấn dăm gỗ.\n")
    assert _by_value(text)[420_000].location == "Thanh Hóa"


def test_a_firm_placed_in_a_district_after_an_agency_dateline_and_a_time_of_year_is_there_for_its_paragraphs() -> None:
    # (`Cần Thơ (TTXVN) - Những ngày cuối năm, Công ty … ở quận Bình Thủy, thành phố Cần Thơ …` / `Năm 2024, doanh thu
    # của công ty đạt …`)
    text = ("Doanh nghiệp Cần Thơ đưa bánh pía ra thế giới\n\nCần Thơ (TTXVN) - Những ngày cuối năm, Công ty TNHH Thực phẩm "
            "Phương Nam ở quận Ninh Kiều, thành phố Cần Thơ tăng ca giao hàng.\n\nNăm 2024, doanh thu của công ty đạt 48 "
            "tỷ đồng.\n")
    assert _by_value(text)[48e9].location == "Ninh Kiều"


def test_a_sentence_that_opens_with_a_site_in_a_district_by_its_level_word_is_there_in_every_clause() -> None:
    # (`Khu công nghệ thông tin tập trung … tại quận Hải Châu đã thu hút …, lấp đầy 87% …`: the site is what the whole
    # sentence speaks of)
    head = "Đà Nẵng phát triển phần mềm\n\nNăm 2024, thành phố Đà Nẵng có 1.200 doanh nghiệp công nghệ.\n\n"
    found = _by_value(head + "Khu công nghệ thông tin tập trung số 2 tại quận Liên Chiểu đã thu hút 38 doanh nghiệp "
                             "thuê văn phòng, lấp đầy 87% diện tích sàn.\n")
    assert found[38].location == "Liên Chiểu"
    assert found[87].location == "Liên Chiểu"
    # (not past a `;`: the next clause is another's; nor the first district of a list)
    found = _by_value(head + "Khu công nghệ thông tin tập trung số 2 tại quận Liên Chiểu đã thu hút 38 doanh nghiệp; "
                             "phấn đấu năm 2025 lấp đầy 95% diện tích sàn.\n")
    assert found[95].location == "Đà Nẵng"


def test_a_site_named_in_full_then_its_district_after_a_comma_is_where_a_figure_before_it_is() -> None:
    # (`3 cửa hàng tại cửa khẩu quốc tế Hữu Nghị, huyện Cao Lộc`: the comma joins the site to its district, it breaks no
    # clause)
    text = ("Hàng miễn thuế ở Lạng Sơn\n\nToàn tỉnh hiện có 5 cửa hàng miễn thuế, trong đó 3 cửa hàng tại cửa "
            "khẩu quốc tế Hữu Nghị, huyện Cao Lộc.\n")
    assert _by_value(text)[3].location == "Cao Lộc"
    # (not a gate in brackets that goods pass through on their way out)
    text = ("Cau khô Phú Yên\n\nNăm 2023, tỉnh Phú Yên xuất khẩu 1.200 tấn cau khô qua cửa khẩu Tân Thanh (Lạng Sơn).\n")
    assert _by_value(text)[1200].location == "Phú Yên"


def test_a_bracket_that_places_what_a_sentence_opens_with_may_give_its_hamlet_before_its_commune() -> None:
    # (`Tại đại lý … Hai Lợi (ấp Hòa Trung, xã Hòa Tú 1, huyện Mỹ Xuyên), ông …`: small to large, the hamlet first)
    text = ("Giá phân bón tăng\n\nTỉnh Sóc Trăng có 1.156 cửa hàng phân bón.\n\nTại đại lý vật tư nông nghiệp Ba Lành (ấp "
            "Hòa Trung, xã Hòa Tú 1, huyện Mỹ Xuyên), ông Ba cho biết, phân urê hiện bán 620.000 đồng/bao.\n")
    assert _by_value(text)[620_000].location == "Mỹ Xuyên"


def test_a_destination_of_a_rate_list_or_of_goods_delivered_is_no_place_of_the_figure() -> None:
    # (`đi Hà Nội là 6.500 đồng/kg, đi TP Hồ Chí Minh từ 14.000 …`: where the parcels go; `giao hàng đến Hà Nội`)
    text = ("Vải thiều Lục Ngạn đi khắp nơi\n\nNăm 2024, Bưu điện huyện Lục Ngạn chuyển phát 1.800 tấn vải. Giá cước chuyển "
            "phát vải đi Hà Nội là 6.500 đồng/kg, đi TP Hồ Chí Minh từ 14.000 đến 16.000 đồng/kg.\n\nGiám đốc Bưu điện "
            "huyện cho biết, thời gian giao hàng đến Hà Nội không quá 24 giờ.\n")
    found = _by_value(text)
    assert found[14_000].location == "Lục Ngạn"
    assert found[24].location == "Lục Ngạn"


def test_a_site_under_a_place_column_is_placed_by_the_district_its_brackets_name_not_by_its_label() -> None:
    # (`Địa điểm` over `Chợ Viềng Phủ (huyện Vụ Bản)`: the location is a place, the district, never the row's label)
    text = ("Chợ Viềng năm 2025\n\nLượt khách đến 2 điểm chợ Viềng:\nĐơn vị tính: nghìn lượt khách\nTT | Địa điểm | Năm "
            "2024 | Năm 2025\n1 | Chợ Viềng Phủ (huyện Vụ Bản) | 95 | 110\n2 | Chợ Viềng Chùa (huyện Nam Trực) | 78 | 85\n")
    found = _by_value(text)
    assert found[95_000].location == "Vụ Bản"
    assert found[85_000].location == "Nam Trực"


def test_pairs_said_as_one_overweight_and_obese_sightseeing_and_pilgrimage_keep_both_in_the_subject() -> None:
    # (`học sinh thừa cân, béo phì`, `khách tham quan, hành hương`: the comma joins two of one class, it ends no clause)
    found = _by_value("Năm 2024, tỷ lệ học sinh thừa cân, béo phì chiếm 18,5%.\n")
    assert found[18.5].subject == "tỷ lệ học sinh thừa cân, béo phì"
    found = _by_value("Năm 2024, lượt khách tham quan, hành hương đạt 1,2 triệu lượt.\n")
    assert found[1.2e6].subject == "lượt khách tham quan, hành hương"
