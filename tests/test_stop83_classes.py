"""Rules from the probe sets 1429-1434 and on (the last stop's sealed measure, opened at the eighty-third stop, and the
sets written in it), each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_a_year_heading_a_column_with_its_unit_dates_no_prose_after_the_table() -> None:
    # (a table written one cell per line, `Năm 2022 (tỷ đồng)` / `Ước thực hiện 2023 (tỷ đồng)`: the older year heads
    # the column the table compares with; `Trong năm` after it is the report's year)
    text = ("Năm 2023, doanh thu du lịch toàn tỉnh ước đạt 5.200 tỷ đồng.\n\n"
            "Doanh thu theo loại hình\nLoại hình\nNăm 2022 (tỷ đồng)\nƯớc thực hiện 2023 (tỷ đồng)\n"
            "Lưu trú\n1.820,5\n2.040,0\nLữ hành\n960,2\n1.105,4\n\n"
            "Trong năm, toàn tỉnh đón 4,1 triệu lượt khách, công nhận thêm 12 điểm du lịch cộng đồng.")
    found = _by_value(text, published="2024-01-10")
    assert (str(found[12].period.start), str(found[12].period.end)) == ("2023-01-01", "2023-12-31")
    # (a heading alone on its line over prose dates what follows it)
    found = _by_value("Năm 2022\nToàn tỉnh có 9 mỏ sắt đang khai thác.\n\nTrong năm, Sở cấp mới 2 giấy phép.",
                      published="2024-01-10")
    assert str(found[2].period.start) == "2022-01-01"


def test_luan_phien_is_in_turn_not_a_session_so_the_range_after_it_is_whole() -> None:
    # (`khai thác luân phiên 5-6 ha`: five to six hectares a year, in rotation; `phiên 5` is no session's number)
    found = _by_value("Gia đình có ba chục ha keo, mỗi năm khai thác luân phiên 5-6 ha, thu lãi khoảng 300 triệu đồng.")
    assert (found[5].value_max, found[5].unit) == (6, "ha")
    # (a session's number is still none: `phiên 5 của Hội đồng`)
    found = _by_value("Tại phiên 5 của Hội đồng, 27 đại biểu đã phát biểu.")
    assert 5 not in found and 27 in found


def test_the_district_most_of_a_leads_count_is_in_is_not_what_the_article_is_about() -> None:
    # (`toàn thành phố ước có 214 cơ sở …, tập trung chủ yếu ở quận Ninh Kiều (chiếm gần 60%)`: a share of the city's,
    # on a city office's page; what follows is the city's)
    text = ("SỞ Y TẾ THÀNH PHỐ CẦN THƠ\n\nQuản lý cơ sở xăm hình\n\n"
            "Năm 2024, toàn thành phố có 214 cơ sở xăm hình đang hoạt động, tập trung chủ yếu ở quận Ninh Kiều "
            "(chiếm gần 60%). Số cơ sở được kiểm tra đạt 158 cơ sở.\n\n"
            "Trong năm, ngành y tế tổ chức 2 đợt tập huấn cho khoảng 150 người hành nghề.")
    found = _by_value(text)
    assert [found[v].location for v in (214, 158, 2, 150)] == ["Cần Thơ"] * 4
    # (so are the districts a list names after it: `tập trung tại quận Hoàng Mai, các huyện Thanh Trì, Gia Lâm`)
    text = ("CHI CỤC THỦY SẢN HÀ NỘI\n\nNuôi cá cảnh\n\n"
            "Năm 2023, toàn thành phố có 312 hộ nuôi cá cảnh với diện tích 148 ha, tập trung tại quận Hoàng Mai, các "
            "huyện Thanh Trì, Gia Lâm và Đông Anh.\n\nSản lượng cá cảnh đạt 21,4 triệu con.")
    found = _by_value(text)
    assert [found[v].location for v in (312, 148, 21_400_000)] == ["Hà Nội"] * 3


def test_doses_and_frequencies_are_measures_and_a_stations_frequency_is_its_name() -> None:
    found = _by_value("Liều chiếu xạ trung bình của nhân viên bức xạ là 1,85 mSv, thấp hơn giới hạn 20 mSv/năm.")
    assert (found[1.85].kind, found[1.85].unit) == ("measure", "mSv")
    found = _by_value("Đài PT-TH | Tần số FM 97,3 MHz | Thời sự\n\nNăm 2024, tỉnh có 120 phòng X-quang.")
    assert 97.3 not in found and 120 in found


def test_an_agencys_tag_after_its_place_on_the_dateline_line_gives_the_date() -> None:
    # (`Hà Nội (TTXVN) 21/11/2023 17:05` under the headline: the date the story was filed)
    text = ("Bộ Tư pháp đề xuất số hóa việc chứng thực bản dịch\n\nHà Nội (TTXVN) 21/11/2023 17:05\n\n"
            "Từ năm 2021 đến nay, cả nước đã chứng thực hơn 78 triệu bản sao.")
    found = _by_value(text)
    assert str(found[78_000_000].period.end) == "2023-11-21"


def test_warranties_intervals_and_time_taken_more_are_claims_and_an_hour_worked_until_is_not() -> None:
    found = _by_value("Giá xử lý gián cho căn hộ khoảng 800.000 đồng, bảo hành 3 tháng.")
    assert found[3].unit == "tháng"
    found = _by_value("Xóa một hình xăm cần 5 đến 10 lần điều trị, mỗi lần cách nhau 6-8 tuần.")
    assert (found[6].value_max, found[6].unit) == (8, "tuần")
    found = _by_value("Hồ sơ phải gửi ra Hà Nội dịch, mất thêm hai ngày.")
    assert found[2].unit == "ngày"
    found = _by_value("Cao điểm cuối năm, công ty thuê thêm 3 cộng tác viên, làm việc tới 22 giờ mới kịp trả hồ sơ.")
    assert 22 not in found and 3 in found


def test_gap_anywhere_in_the_words_before_lan_says_times_whatever_baseline_follows() -> None:
    # (`tăng gấp 3-4 lần ngày thường`: a multiple of the usual days, no act counted)
    found = _by_value("Sức mua áo mưa tại Hà Nội tăng gấp 3-4 lần ngày thường.")
    assert (found[3].kind, found[3].value_max) == ("multiple", 4)
    # (times counted stay counts: `giảm 2 lần phun thuốc`)
    found = _by_value("Nhờ dùng giống kháng, nông dân giảm 2 lần phun thuốc mỗi vụ.")
    assert found[2].kind == "count"


def test_a_thing_that_folds_is_no_multiple() -> None:
    # (`ô gấp ba tầng`: an umbrella that folds in three; `gấp` after its noun folds)
    found = _by_value("Ô gấp ba tầng có giá từ 50.000 đến 90.000 đồng/chiếc.")
    assert 3 not in found and 50_000 in found
    found = _by_value("Diêm dân Ba Tri lãi gấp ba nhờ làm muối trên bạt.")
    assert found[3].kind == "multiple"


def test_a_time_up_to_now_dates_the_year_less_times_after_it() -> None:
    # (`Năm 2023, … . Từ đầu năm đến nay, … ; cả năm dự kiến …`: the nearest period before `cả năm` is this year's)
    text = ("Năm 2023, hợp tác xã đạt doanh thu 4,3 tỷ đồng. Từ đầu năm đến nay, hợp tác xã đã tiêu thụ 85 tấn gạo nếp; "
            "cả năm dự kiến doanh thu tăng 15-20%.")
    found = _by_value(text, published="2024-10-10")
    assert str(found[15].period.start) == "2024-01-01"
    assert str(found[4_300_000_000].period.start) == "2023-01-01"


def test_a_headline_tagged_with_a_district_over_a_lead_in_it_is_about_the_district() -> None:
    # (`Quản Bạ: …` over `bà con xã Quyết Tiến, huyện Quản Bạ …`, whatever the lead says of the province)
    text = ("ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HÀ GIANG\n\nQuản Bạ: Vụ cỏ ngọt đầu năm cho thu hoạch gần 60 tấn lá khô\n\n"
            "Những ngày này, bà con xã Quyết Tiến, huyện Quản Bạ đang thu hoạch lứa cỏ ngọt đầu tiên. Toàn huyện có 156 "
            "ha cỏ ngọt, đứng thứ 2 toàn tỉnh.\n\nNăng suất lá khô lứa đầu ước đạt 4,5 tạ/ha, tương đương năm trước.")
    found = _by_value(text)
    assert [found[v].location for v in (156, 4.5)] == ["Quản Bạ"] * 2


def test_the_country_that_ends_a_private_firms_name_is_not_where_the_article_is() -> None:
    # (`Công ty TNHH Túi xách Hoàng Phong Việt Nam`: the firm's entity in the country; a state group's name, `Tập đoàn
    # Điện lực Việt Nam`, still reports for the country)
    text = ("BÁO BẮC GIANG ĐIỆN TỬ\n\nHơn 4 nghìn lao động có việc làm từ nhà máy túi xách\n\n"
            "(BGĐT) - Quý I/2024, Công ty TNHH Túi xách Hoàng Phong Việt Nam xuất khẩu 1,65 triệu sản phẩm, doanh thu "
            "đạt 27,4 triệu USD.\n\nTheo Sở Công Thương, toàn tỉnh có 14 doanh nghiệp sản xuất túi xách.")
    found = _by_value(text)
    assert found[1_650_000].location != "Việt Nam"
    text = ("Điện thương phẩm 6 tháng tăng hơn 11%\n\nTại hội nghị sơ kết, Tập đoàn Điện lực Việt Nam (EVN) cho biết 6 "
            "tháng đầu năm 2024, sản lượng điện toàn hệ thống đạt 149,5 tỷ kWh.")
    found = _by_value(text)
    assert found[149_500_000_000].location == "Việt Nam"


def test_a_paragraph_opening_at_a_site_whose_district_follows_a_bracket_is_the_districts() -> None:
    # (`Tại Cụm công nghiệp Quỳnh Côi (Quốc lộ 10), huyện Quỳnh Phụ, …`: the site's road in brackets, then its district)
    text = ("Toàn tỉnh Thái Bình có 14 doanh nghiệp dệt kim.\n\nTại Cụm công nghiệp Quỳnh Côi (Quốc lộ 10), huyện Quỳnh "
            "Phụ, Công ty TNHH Dệt kim Hòa Phong vận hành 620 máy dệt tất. Công ty xuất khẩu 28 container hàng.")
    found = _by_value(text)
    assert [found[v].location for v in (14, 620, 28)] == ["Thái Bình", "Quỳnh Phụ", "Quỳnh Phụ"]
    # (`Tại Công ty TNHH … (KCN Phố Nối A, thị xã Mỹ Hào), …`: a firm, then its park and district in brackets)
    text = ("Các doanh nghiệp trên địa bàn tỉnh Hưng Yên đạt doanh thu 3.150 tỷ đồng.\n\nTại Công ty TNHH Linh kiện Kim "
            "khí Thái Sơn (KCN Phố Nối A, thị xã Mỹ Hào), mỗi tháng có khoảng 45 triệu sản phẩm được xuất xưởng.")
    found = _by_value(text)
    assert [found[v].location for v in (3_150_000_000_000, 45_000_000)] == ["Hưng Yên", "Mỹ Hào"]


def test_a_firms_plant_sited_in_a_district_places_what_the_firm_does_next() -> None:
    # (`Nhà máy của Công ty … tại huyện Bàu Bàng (Bình Dương) …. 6 tháng đầu năm, công ty xuất khẩu …`)
    text = ("Đèn LED Việt tìm đường sang Mỹ\n\nNhiều nhà sản xuất đèn LED trong nước đẩy mạnh xuất khẩu.\n\n"
            "Nhà máy của Công ty cổ phần Quang điện Sao Việt tại huyện Bàu Bàng (Bình Dương) chạy ba ca mỗi ngày. 6 "
            "tháng đầu năm, công ty xuất khẩu 1,8 triệu bộ đèn LED.")
    found = _by_value(text)
    assert found[1_800_000].location == "Bàu Bàng"
    # (a park named with a hyphened part before its district: `Tại Khu công nghiệp Yên Phong II-C, huyện Yên Phong,`)
    text = ("Toàn tỉnh Bắc Ninh có 27 doanh nghiệp sản xuất đồ điện gia dụng.\n\nTại Khu công nghiệp Yên Phong II-C, "
            "huyện Yên Phong, nhà máy của Công ty cổ phần Điện gia dụng Kim Thịnh có 4 dây chuyền lắp ráp.")
    found = _by_value(text)
    assert [found[v].location for v in (27, 4)] == ["Bắc Ninh", "Yên Phong"]


def test_mot_after_a_count_with_a_longer_noun_and_va_is_the_next_item() -> None:
    # (`4 dây chuyền lắp ráp đèn LED và một xưởng`: the list's next item, one workshop)
    found = _by_value("Công ty hiện có 4 dây chuyền lắp ráp đèn LED và một xưởng sản xuất vỏ nhôm.")
    assert (found[1].kind, found[1].unit) == ("count", "xưởng")
    # (`một` after a noun of its own, no count before: `a`)
    found = _by_value("Công nhân của một công ty may được nhận 500.000 đồng.")
    assert 1 not in found


def test_a_sentence_opening_at_a_shop_at_its_street_address_is_in_its_district() -> None:
    # (`(ĐNO) - Tại cửa hàng Kính mắt Hải Vân ở số 112 Nguyễn Văn Linh, quận Thanh Khê, mỗi ngày có …`: the shop's
    # district, after a paper's tag; a meeting held at an address is still no place of its figures)
    text = ("Cửa hàng kính mắt tất bật mùa tựu trường\n\nLượng khách đến cắt kính tại các cửa hàng trên địa bàn thành "
            "phố Đà Nẵng tăng mạnh.\n\n(ĐNO) - Tại cửa hàng Kính mắt Hải Vân ở số 112 Nguyễn Văn Linh, quận Thanh Khê, "
            "mỗi ngày có từ 40 đến 50 lượt khách.")
    found = _by_value(text)
    assert found[40].location == "Thanh Khê"
    text = ("Bộ Y tế họp về kính thuốc\n\nHội nghị diễn ra ở số 138A Giảng Võ, quận Ba Đình, Bộ Y tế đặt chỉ tiêu "
            "khám mắt cho 2 triệu học sinh.")
    found = _by_value(text)
    assert found[2_000_000].location != "Ba Đình"


def test_the_plant_of_the_firm_the_lead_named_places_what_the_firm_does() -> None:
    # (`(BNO) - Nhà máy của công ty tại Khu công nghiệp Quế Võ, thị xã Quế Võ rộng 1,8 ha …. Ông …, Giám đốc công ty cho
    # biết, 10 tháng năm 2024, công ty tiêu thụ 415.000 bộ khóa`)
    text = ("BÁO BẮC NINH ĐIỆN TỬ\n\nKhóa thông minh vươn ra thế giới\n\nCông ty TNHH Công nghệ An Phú Lock đã có sản "
            "phẩm bán ra thị trường quốc tế.\n\n(BNO) - Nhà máy của công ty tại Khu công nghiệp Quế Võ, thị xã Quế Võ "
            "rộng 1,8 ha. Ông Nguyễn Đức Tâm, Giám đốc công ty cho biết, 10 tháng năm 2024, công ty tiêu thụ 415.000 "
            "bộ khóa.")
    found = _by_value(text)
    assert [found[v].location for v in (1.8, 415_000)] == ["Quế Võ"] * 2


def test_a_firm_placed_in_its_park_and_district_in_brackets_keeps_its_district_through_its_story() -> None:
    # (`6 tháng đầu năm 2024, Công ty TNHH … (Khu công nghiệp Tân Đức 2, huyện Đức Hòa) xuất khẩu …` / `Ông …, Phó Giám
    # đốc công ty cho biết, hiện công ty có 3 xưởng …`)
    text = ("ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH LONG AN\n\nDoanh nghiệp Long An xuất khẩu bảng từ\n\n(LA34) - 6 tháng đầu năm "
            "2024, Công ty TNHH Thiết bị trường học Nam Phương (Khu công nghiệp Tân Đức 2, huyện Đức Hòa) xuất khẩu "
            "18.600 bảng từ sang Campuchia.\n\nÔng Võ Minh Tâm, Phó Giám đốc công ty cho biết, hiện công ty có 3 xưởng "
            "sản xuất, sử dụng 185 lao động.")
    found = _by_value(text)
    assert [found[v].location for v in (18_600, 3, 185)] == ["Đức Hòa"] * 3


def test_parts_after_a_cue_break_down_the_count_of_their_noun_they_add_up_to() -> None:
    # (`xử lý 126 vụ vi phạm, …; tịch thu hơn 42.000 sản phẩm. Trong đó, 78 vụ …, 35 vụ … và 13 vụ …`: cases add up to
    # the cases, not to the goods the cue follows)
    found = _by_value("Năm 2024, đội đã xử lý 126 vụ vi phạm, tăng 21 vụ so với cùng kỳ năm 2023; tịch thu hơn 42.000 sản "
                      "phẩm. Trong đó, 78 vụ buôn bán hàng nhập lậu, 35 vụ kinh doanh hàng giả và 13 vụ khác.")
    assert [found[v].total for v in (78, 35, 13)] == [126] * 3
    # (`kiểm tra 286 vụ, xử lý 241 vụ vi phạm …. Trong đó, có 97 vụ …, 63 vụ … và 81 vụ …`: 241, which they add up to)
    found = _by_value("Năm 2024, lực lượng quản lý thị trường đã kiểm tra 286 vụ, xử lý 241 vụ vi phạm, thu nộp ngân sách "
                      "hơn 2,35 tỷ đồng. Trong đó, có 97 vụ buôn bán hàng nhập lậu, 63 vụ kinh doanh hàng giả và 81 vụ vi "
                      "phạm khác.")
    assert [found[v].total for v in (97, 63, 81)] == [241] * 3
