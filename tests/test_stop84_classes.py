"""Rules from the probe sets 1477-1482 and on (the last stop's sealed measure, opened at the eighty-fourth stop, and the
sets written in it), each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_an_agency_dateline_does_not_hide_where_the_lead_says_a_works_stands() -> None:
    # (`Đà Nẵng, 5/4 (TTXVN) - Ngày 5/4, tại Khu công nghiệp …, …`: the dateline is where the story was filed; the
    # park's district, in brackets, is where the works the story is about stands, and so its next paragraph)
    text = ("Đà Nẵng khởi công nhà máy linh kiện vốn 80 triệu USD\n\n"
            "Đà Nẵng, 5/4 (TTXVN) - Ngày 5/4, tại Khu công nghiệp Hòa Khánh (quận Liên Chiểu), Công ty TNHH Linh kiện "
            "Minh Quân đã khởi công nhà máy sản xuất linh kiện điện tử với tổng vốn đầu tư 80 triệu USD.\n\n"
            "Nhà máy rộng 7,5 ha, dự kiến tạo việc làm cho khoảng 900 lao động.")
    found = _by_value(text)
    assert [found[v].location for v in (80_000_000, 7.5, 900)] == ["Liên Chiểu"] * 3
    # (without the park, the day and the city of a meeting stay the dateline's city: `tại quận Hải Châu, Sở … tổ chức`)
    text = ("Hội nghị xúc tiến đầu tư\n\n"
            "Đà Nẵng, 5/4 (TTXVN) - Ngày 5/4, tại quận Hải Châu, UBND thành phố tổ chức hội nghị xúc tiến đầu tư, "
            "thu hút 250 doanh nghiệp tham dự.\n\nThành phố đã cấp mới 120 dự án trong quý I.")
    found = _by_value(text)
    assert found[120].location == "Đà Nẵng"


def test_a_firm_that_opens_its_works_in_a_park_is_in_the_parks_district() -> None:
    # (`Công ty … khánh thành nhà máy … tại lô CN2.1A, Khu công nghiệp … (huyện …)`: a lot code's dots and the park's
    # district in brackets after the park; what the next paragraph says of the works is there)
    text = ("Bắc Giang: Khánh thành nhà máy bao bì\n\n"
            "Bắc Giang, 8/5 (TTXVN) - Ngày 8/5, Công ty TNHH Bao bì Phúc Lâm đã khánh thành nhà máy sản xuất bao bì "
            "tại lô CN2.1A, Khu công nghiệp Quang Châu (huyện Việt Yên), với tổng vốn đầu tư 30 triệu USD.\n\n"
            "Nhà máy có diện tích 4,2 ha, tuyển dụng 600 lao động.")
    found = _by_value(text)
    assert [found[v].location for v in (30_000_000, 4.2, 600)] == ["Việt Yên"] * 3


def test_a_rank_in_the_province_does_not_make_the_firms_paragraph_provincial() -> None:
    # (`đứng thứ hai toàn tỉnh về sản lượng`: the field the firm ranks in; the paragraph goes on about the firm where it
    # stands, `Tại phường …, thị xã …`)
    text = ("Sản xuất vỏ bao xi măng\n\nTheo Sở Công Thương tỉnh Thanh Hóa, toàn tỉnh có 14 doanh nghiệp sản xuất vỏ bao.\n\n"
            "Tại phường Lam Sơn, thị xã Bỉm Sơn, Công ty cổ phần Bao bì Tân Phong mỗi ngày xuất xưởng 300.000 vỏ bao, "
            "xếp thứ ba toàn tỉnh về sản lượng. Công ty có 380 công nhân.")
    found = _by_value(text)
    assert found[380].location == "Bỉm Sơn"
    # (the province spoken of as what the paragraph is about still is: `Toàn tỉnh có …`)
    text = text.replace("Công ty có 380 công nhân.", "Toàn tỉnh có 5.200 công nhân ngành bao bì.")
    assert _by_value(text)[5200].location == "Thanh Hóa"


def test_the_largest_of_the_firms_counted_is_where_its_sentence_places_it() -> None:
    # (`Lớn nhất là Công ty … tại huyện …`: the firm the next sentences speak of again, `công ty`, is there)
    text = ("Sản xuất quạt điện\n\nHiện toàn tỉnh Bình Dương có 6 doanh nghiệp sản xuất quạt điện.\n\n"
            "Lớn nhất là Công ty TNHH Điện cơ Hòa Bình tại thành phố Tân Uyên. Từ đầu năm đến nay, công ty đã xuất xưởng "
            "hơn 800.000 sản phẩm. Công ty có 1.200 lao động.")
    found = _by_value(text, published="2024-06-30")
    assert [found[v].location for v in (800_000, 1200)] == ["Tân Uyên"] * 2
    # (a firm whose name and verb run long before `tại` is still placed: `Công ty TNHH … khánh thành nhà máy sản xuất
    # robot hút bụi và máy hút bụi không dây tại Khu công nghiệp Tràng Duệ, huyện An Dương`)
    text = ("Khánh thành nhà máy\n\n"
            "Hải Phòng (TTXVN) - Ngày 19/10, Công ty TNHH Công nghệ thông minh Sao Mai Việt Nam khánh thành nhà máy sản "
            "xuất robot hút bụi và máy hút bụi không dây tại Khu công nghiệp Tràng Duệ, huyện An Dương.\n\n"
            "Nhà máy có tổng vốn đầu tư 200 triệu USD.")
    assert _by_value(text)[200_000_000].location == "An Dương"


def test_hon_before_a_count_in_words_rounds_it_and_compares_with_no_place() -> None:
    # (`Hơn ba chục hộ ở xã …, huyện …`: the district is where the households are, not one compared with)
    text = ("ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐỒNG NAI\n\nNghề may gia công giúp phụ nữ có thu nhập\n\n"
            "ĐNRTV - Hơn ba chục hộ ở xã Bình Minh, huyện Trảng Bom đang nhận may gia công, tạo việc làm cho hơn 120 "
            "lao động nữ.\n\nHợp tác xã có 46 thành viên.")
    found = _by_value(text)
    assert [found[v].location for v in (30, 120, 46)] == ["Trảng Bom"] * 3
    # (`hơn` before a place still compares: `cao hơn Đồng Nai`)
    found = _by_value("Năm 2023, năng suất lúa của tỉnh Long An đạt 5,8 tấn/ha, cao hơn Đồng Nai.")
    assert found[5.8].location == "Long An"


def test_a_firm_said_again_after_hien_goes_on_where_its_seat_is() -> None:
    # (`Hiện công ty có 3 nhà máy`: the firm placed in brackets in the paragraph before, said again after `hiện`)
    text = ("BÁO HẢI DƯƠNG ĐIỆN TỬ\n\nĐồ nhựa gia dụng tăng trưởng\n\n"
            "(BHD) - Theo Sở Công Thương, toàn tỉnh hiện có 27 doanh nghiệp sản xuất đồ nhựa gia dụng.\n\n"
            "Năm 2023, Công ty cổ phần Nhựa Minh Long (Khu công nghiệp Nam Sách, huyện Nam Sách) đạt doanh thu "
            "526 tỷ đồng, tăng 14,2% so với năm 2022.\n\n"
            "Hiện công ty có 3 nhà máy với 215 máy ép nhựa, sử dụng 1.340 lao động.")
    found = _by_value(text)
    assert [found[v].location for v in (3, 215, 1340)] == ["Nam Sách"] * 3
    # (but a figure its own sentence spreads over districts named after it is the province's)
    text = text.replace("sử dụng 1.340 lao động.", "sử dụng 1.340 lao động tại các huyện Nam Sách, Kim Thành và "
                        "Thanh Hà.")
    assert _by_value(text)[1340].location == "Hải Dương"


def test_a_paragraph_of_a_national_article_that_opens_in_a_district_is_that_districts() -> None:
    # (`Tại huyện Củ Chi, Công ty … vừa xuất …. … công ty đã xuất khẩu 210 container`: the district, not its city)
    text = ("Xuất khẩu đồ nhựa khởi sắc\n\n"
            "Theo Bộ Công Thương, 10 tháng năm 2024, kim ngạch xuất khẩu sản phẩm nhựa của cả nước ước đạt 4,6 tỷ USD.\n\n"
            "Tại huyện Củ Chi, Công ty TNHH Nhựa Tân Phú Gia vừa xuất lô hàng hộp nhựa sang Nhật Bản. Ông Phạm Thanh Tùng, "
            "Phó Giám đốc công ty cho biết, từ đầu năm đến nay công ty đã xuất khẩu 210 container.")
    assert _by_value(text, published="2024-11-02")[210].location == "Củ Chi"


def test_a_one_letter_roman_numeral_after_the_word_it_numbers_ends_a_sentence() -> None:
    # (`đủ dùng cho học kỳ I. Huyện Sơn Hà …`: no initial; the share after it is the next sentence's, its own figure)
    found = _by_value("Mỗi học sinh được nhận 12 cuốn vở, đủ dùng cho học kỳ I. Huyện Sơn Hà có số học sinh được tặng "
                      "nhiều nhất, chiếm 31,2% tổng số.")
    assert found[12].percent is None and 31.2 in found
    # (an initial still is one: `ông A. Nguyễn có 12 …` keeps its sentence)
    found = _by_value("Ông A. Nguyễn có 12 ha cam, chiếm 30% diện tích của thôn.")
    assert found[12].percent == 30


def test_a_quantity_and_its_worth_pair_their_changes_past_a_list_of_goods_and_their_code() -> None:
    # (`… tấn dây thừng, dây chão và lưới (mã HS 5607, 5608), trị giá …, tăng 14,2% về lượng và tăng 17,6% về trị giá`)
    text = ("Năm 2024 cả nước xuất khẩu 86,7 nghìn tấn dây thừng, dây chão, dây bện và lưới (mã HS 5607, 5608), trị giá "
            "312,5 triệu USD, tăng 14,2% về lượng và tăng 17,6% về trị giá so với năm 2023.")
    found = _by_value(text)
    assert (found[86_700].change.value, found[312_500_000].change.value) == (14.2, 17.6)
    assert 17.6 not in found


def test_doi_voi_is_for_not_a_clause_of_its_own_before_a_change() -> None:
    # (`… hồ sơ công bố tiêu chuẩn áp dụng đối với trang thiết bị y tế loại A, B, tăng 9,6%`: one noun phrase)
    found = _by_value("Sở đã tiếp nhận 18.350 hồ sơ công bố tiêu chuẩn áp dụng đối với trang thiết bị y tế loại A, B, "
                      "tăng 9,6% so với cùng kỳ.")
    assert found[18_350].change.value == 9.6 and 9.6 not in found
    # (`với` of its own still opens a clause: `… với 1.200 lao động, tăng 5%` reads the change as the workers')
    found = _by_value("Huyện có 12 doanh nghiệp, với 1.200 lao động, tăng 5% so với năm trước.")
    assert found[12].change is None


def test_half_a_month_is_its_first_or_its_last_fortnight() -> None:
    found = _by_value("Trong nửa đầu tháng 1, hệ thống bán được khoảng 48.000 máy sấy tóc.", published="2025-01-20")
    assert (str(found[48_000].period.start), str(found[48_000].period.end)) == ("2025-01-01", "2025-01-15")
    found = _by_value("Nửa cuối tháng 2/2024, giá gas tăng 5.000 đồng/bình.")
    assert (str(found[5000].period.start), str(found[5000].period.end)) == ("2024-02-16", "2024-02-29")


def test_a_firms_street_address_in_brackets_is_where_it_sits_not_where_it_gives() -> None:
    # (`Công ty CP … (số 125 Nguyễn Huệ, TP Quy Nhơn) trao tặng 150 máy … cho các hộ`: given in the district the
    # article is about)
    text = ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHÙ CÁT\n\nKhám sàng lọc tăng huyết áp cho người cao tuổi\n\n"
            "Trung tâm Y tế huyện Phù Cát tổ chức khám sàng lọc cho 3.648 người cao tuổi.\n\n"
            "Dịp này, Công ty CP Thiết bị y tế Tâm An (số 125 Nguyễn Huệ, TP Quy Nhơn) trao tặng 150 máy đo huyết áp "
            "cho các hộ có người cao tuổi neo đơn.")
    assert _by_value(text)[150].location == "Phù Cát"


def test_the_places_of_the_firms_a_workshop_works_for_are_theirs_not_its() -> None:
    # (`may gia công cho 3 doanh nghiệp tại Thái Bình và Hà Nội`: the clients' places; the workshop's figures after it
    # are where the article is)
    text = ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KIẾN XƯƠNG - TỈNH THÁI BÌNH\n\nHTX may Quang Bình phát triển\n\n"
            "HTX may Quang Bình ở xã Quang Bình hiện có 85 thành viên.\n\n"
            "Sản phẩm chính của HTX là cặp sách, may gia công cho 3 doanh nghiệp tại Thái Bình và Hà Nội. Năm 2023, HTX "
            "sản xuất 312.000 sản phẩm.")
    assert _by_value(text)[312_000].location == "Kiến Xương"


def test_a_shop_placed_on_a_street_of_a_district_is_in_that_district() -> None:
    # (`Cửa hàng của chị … trên đường Quang Trung, quận Gò Vấp, mỗi tháng bán khoảng 120 bộ`)
    text = ("Giá phơi thông minh hút khách\n\nNhu cầu giá phơi điện tại TP HCM tăng mạnh.\n\n"
            "Cửa hàng của chị Lê Thu Hà trên đường Quang Trung, quận Gò Vấp, mỗi tháng bán khoảng 120 bộ giá phơi.")
    assert _by_value(text)[120].location == "Gò Vấp"


def test_a_date_line_with_its_time_zone_and_section_dates_the_article() -> None:
    # (`Thứ Sáu, 15/11/2024 10:22 GMT+7 | Kinh tế`)
    doc = extract("Khởi công nhà máy sản xuất vali\n\nThứ Sáu, 15/11/2024 10:22 GMT+7 | Kinh tế\n\n"
                  "Long An (TTXVN) - Ngày 15/11, công ty khởi công nhà máy vốn 45 triệu USD.")
    assert str(doc.published) == "2024-11-15"


def test_tren_before_the_platforms_something_is_sold_on_is_on_not_over() -> None:
    found = _by_value("Tháng 9/2024, anh mở gian hàng trên hai sàn thương mại điện tử.")
    assert found[2].approx == "exact"
    # (`trên` before an amount still is `over`: `kinh phí trên 5 tỷ đồng`)
    assert _by_value("Dự án có kinh phí trên 5 tỷ đồng.")[5_000_000_000].approx == "over"


def test_how_long_a_thing_keeps_or_lasts_is_a_figure() -> None:
    found = _by_value("Có tủ đông, tôm cá trữ được 3-4 ngày mới phải bán.")
    assert (found[3].value_max, found[3].unit) == (4, "ngày")
    found = _by_value("Sào phơi inox giả có độ bền chỉ khoảng 1-2 năm.")
    assert (found[1].value_max, found[1].unit) == (2, "năm")


def test_a_firm_that_says_its_size_with_a_decimal_comma_before_tai_is_still_placed() -> None:
    # (`Công ty … nay đã có nhà máy rộng 3,2 ha tại Khu công nghiệp …, TP Tân Uyên`: its figures after are there)
    text = ("BÁO BÌNH DƯƠNG ĐIỆN TỬ\n\nMáy ép chậm \"made in Bình Dương\" vươn ra thế giới\n\n"
            "(BDO) - Từ một xưởng nhỏ, Công ty TNHH Thiết bị gia dụng Hòa Lợi nay đã có nhà máy rộng 3,2 ha tại Khu công "
            "nghiệp Nam Tân Uyên, TP Tân Uyên, xuất khẩu sang 12 quốc gia.\n\n"
            "Ông Lê Quang Vinh, Tổng Giám đốc công ty cho biết, công ty sản xuất 215.000 máy ép chậm.\n\n"
            "Theo Sở Công Thương, Bình Dương hiện có 19 doanh nghiệp sản xuất đồ điện gia dụng.")
    found = _by_value(text)
    assert [found[v].location for v in (215_000, 19)] == ["Tân Uyên", "Bình Dương"]


def test_a_classifier_heads_no_subject() -> None:
    # (`2.940 chiếc lò vi sóng, lò nướng điện`: `chiếc` counts what follows it)
    found = _by_value("Cơ quan chức năng đã tạm giữ 2.940 chiếc lò vi sóng, lò nướng điện đã qua sử dụng.")
    assert not found[2940].subject.startswith("chiếc")
    assert "lò vi sóng" in found[2940].subject


def test_a_years_head_cell_next_to_a_later_years_dates_no_prose_after_the_table() -> None:
    # (`Năm 2023` / `Ước thực hiện 2024`, cells one per line without a unit: the compared column; `Trong năm` after
    # the table is the report's year)
    text = ("Năm 2024, lượng lò vi sóng bán ra ước đạt 86,5 nghìn chiếc.\n\n"
            "Lượng bán ra theo nhóm\nĐơn vị tính: nghìn chiếc\nNhóm sản phẩm\nNăm 2023\nƯớc thực hiện 2024\n"
            "Lò vi sóng\n48,2\n51,6\nLò nướng\n25,4\n28,3\n\n"
            "Trong năm, lực lượng quản lý thị trường đã kiểm tra 37 lượt cơ sở kinh doanh.")
    found = _by_value(text, published="2025-01-10")
    assert str(found[37].period.start) == "2024-01-01"
    # (a later year's cell before an earlier one's, `9 tháng năm 2024` / `9 tháng năm 2023`: the first dates on)
    text = ("Kết quả 9 tháng\n\nSố giấy phép\nLoại\n9 tháng năm 2024\n9 tháng năm 2023\nIn\n12\n10\n\n"
            "Từ tháng 7 đến tháng 9, Sở kiểm tra 11 cơ sở in.")
    found = _by_value(text, published="2024-10-07")
    assert str(found[11].period.start) == "2024-07-01"


def test_a_provinces_body_as_the_source_a_sentence_opens_with_speaks_of_the_province() -> None:
    # (`Theo Cục Quản lý thị trường tỉnh, 9 tháng …, lực lượng … đã kiểm tra 214 vụ` in an article on a district)
    text = ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH\n\nTừ Sơn: Thu giữ gần 9.000 ổ cắm giả\n\n"
            "Ngày 11/10, Đội Quản lý thị trường số 3 phối hợp với Công an thành phố Từ Sơn kiểm tra kho hàng, phát hiện "
            "8.760 sản phẩm thiết bị điện giả.\n\n"
            "Theo Cục Quản lý thị trường tỉnh, 9 tháng đầu năm 2024, lực lượng quản lý thị trường đã kiểm tra 214 vụ.")
    found = _by_value(text, published="2024-10-14")
    assert (found[8760].location, found[214].location) == ("Từ Sơn", "Bắc Ninh")


def test_a_site_raided_in_a_district_and_said_again_by_its_kind_is_there() -> None:
    # (`kiểm tra một xưởng sản xuất … tại xã Tam Hiệp, huyện Thanh Trì` / `Tại thời điểm kiểm tra, xưởng có 18 công
    # nhân`)
    text = ("Hà Nội: Triệt phá xưởng sản xuất ổ cắm giả\n\n"
            "Ngày 5/3, Công an thành phố Hà Nội cho biết vừa kiểm tra một xưởng sản xuất thiết bị điện tại xã Tam Hiệp, "
            "huyện Thanh Trì.\n\nTại thời điểm kiểm tra, xưởng có 18 công nhân đang làm việc.")
    assert _by_value(text)[18].location == "Thanh Trì"


def test_a_decade_is_its_ten_years() -> None:
    found = _by_value("Ông Thắng nhớ lại thời kỳ cao điểm những năm 1990, nhà máy có gần 1.000 công nhân.")
    assert (str(found[1000].period.start), str(found[1000].period.end)) == ("1990-01-01", "1999-12-31")
    # (years from one to another are that span: `Những năm 1984-1989`)
    found = _by_value("Những năm 1984-1989, lực lượng công binh rà phá được 12.000 quả mìn.")
    assert (str(found[12_000].period.start), str(found[12_000].period.end)) == ("1984-01-01", "1989-12-31")


def test_a_districts_body_as_the_source_speaks_of_the_district_in_every_clause() -> None:
    # (`Theo UBND huyện Con Cuông, toàn huyện …; 2 tháng đầu năm 2024, huyện thu hút thêm 3 cơ sở` under a province's
    # headline)
    text = ("Nghệ An: Muỗng gỗ keo sang châu Âu\n\n"
            "Theo UBND huyện Con Cuông, toàn huyện hiện có hơn 14.000 ha rừng trồng keo; 2 tháng đầu năm 2024, huyện thu "
            "hút thêm 3 cơ sở chế biến đồ gỗ.")
    found = _by_value(text, published="2024-03-15")
    assert (found[14_000].location, found[3].location) == ("Con Cuông", "Con Cuông")


def test_a_cooperatives_head_named_by_name_speaks_of_the_cooperative_placed_before() -> None:
    # (`Giám đốc hợp tác xã Lô Văn Thiết cho biết, … doanh thu 10 tỷ đồng`: the cooperative the lead placed in a district)
    text = ("Nghệ An: Muỗng gỗ keo sang châu Âu\n\n"
            "Con Cuông (TTXVN) - Từ gỗ keo rừng trồng, Hợp tác xã Mộc Khe Choang ở xã Chi Khê, huyện Con Cuông (Nghệ An) "
            "sản xuất muỗng, khay gỗ xuất khẩu.\n\nNăm 2023, hợp tác xã xuất khẩu 14 container sản phẩm.\n\n"
            "Giám đốc hợp tác xã Lô Văn Thiết cho biết, năm nay đơn vị đặt mục tiêu doanh thu 10 tỷ đồng.")
    assert _by_value(text, published="2024-03-15")[10_000_000_000].location == "Con Cuông"


def test_partners_listed_where_they_are_are_none_of_the_figures_places() -> None:
    # (`ký 7 hợp đồng bao tiêu với 4 doanh nghiệp tại Hà Nội, Hải Phòng, tổng sản lượng … 1.150 tấn`: the last of the
    # partners' places is theirs too)
    text = ("Thị xã Đông Triều tiêu thụ na\n\n"
            "9 tháng năm 2024, các hợp tác xã của thị xã Đông Triều đã ký 7 hợp đồng bao tiêu với 4 doanh nghiệp tại Hà "
            "Nội, Hải Phòng, tổng sản lượng theo hợp đồng 1.150 tấn.")
    assert _by_value(text, published="2024-10-10")[1150].location == "Đông Triều"


def test_a_works_named_only_by_where_it_stands_does_not_carry_its_place() -> None:
    # (`Đây là nhà máy thứ hai của công ty, sau nhà máy tại TP Tân An` / `Nhà máy rộng 8,5 ha`: the new works, not that
    # one)
    text = ("Nhà máy sữa chua đi vào hoạt động tại Long An\n\n"
            "Công ty cổ phần Sữa Phương Nam (trụ sở tại Long An) vừa khánh thành nhà máy sữa chua ở khu công nghiệp Long "
            "Hậu, huyện Cần Giuộc. Đây là nhà máy thứ hai của công ty, sau nhà máy tại TP Tân An.\n\n"
            "Nhà máy rộng 8,5 ha, cần khoảng 320 lao động.")
    assert _by_value(text)[320].location != "Tân An"


def test_a_column_compared_with_the_same_period_is_of_the_column_it_compares() -> None:
    # (`Năm 2023 | Ước thực hiện 2024 | So với cùng kỳ (%)`: the growth of the estimate, of 2024; a comparison, stated
    # as done, as the probe sets' gold has it)
    text = ("Sản lượng theo doanh nghiệp\nĐơn vị tính: nghìn sản phẩm\n"
            "Doanh nghiệp | Năm 2023 | Ước thực hiện 2024 | So với cùng kỳ (%) | Kế hoạch 2025\n"
            "Công ty A | 1.020 | 1.064 | 104,3 | 1.120\nCông ty B | 598 | 642 | 107,4 | 700\n")
    found = _by_value(text, published="2025-01-15")
    assert (str(found[104.3].period.start), found[104.3].status) == ("2024-01-01", "actual")


def test_a_level_after_nen_is_another_things_not_the_changes() -> None:
    # (`Giá hạt nhựa … tăng khoảng 10% so với đầu năm nên biên lợi nhuận chỉ còn 4-5%`: what the rise led to)
    found = _by_value("Giá hạt nhựa công ty mua vào tăng khoảng 10% so với đầu năm nên biên lợi nhuận chỉ còn 4-5%.")
    assert found[4].change is None and 10 in found
    # (the level a change itself went to still takes it: `giảm 1,2 điểm phần trăm, xuống còn 3,5%`)
    assert _by_value("Tỷ lệ hộ nghèo giảm 1,2 điểm phần trăm, xuống còn 3,5%.")[3.5].change.value == 1.2


def test_an_aluminium_profile_system_is_no_figure_and_blocks_no_change() -> None:
    # (`cửa nhôm hệ 55 và hệ 93 …, tăng 1,3 lần so với cùng kỳ`: the change is the area's)
    found = _by_value("Công ty đã lắp đặt gần 96.000 m2 cửa nhôm hệ 55 và hệ 93 cho các dự án nhà ở, tăng 1,3 lần so với "
                      "cùng kỳ.")
    assert 55 not in found and 93 not in found and found[96_000].change.value == 1.3


def test_a_national_articles_paragraph_opening_in_a_district_of_a_city_is_the_districts() -> None:
    # (`Tại xưởng của Công ty … ở quận Bình Tân, TP HCM, 32 máy ép …. Mỗi máy ép được khoảng 1.000 chiếc …`: the city is
    # said only to place the district)
    text = ("Ghế nhựa đúc: món hàng rẻ nhưng không dễ làm\n\n"
            "Theo Hiệp hội Nhựa Việt Nam, cả nước có khoảng 4.000 doanh nghiệp ngành nhựa.\n\n"
            "Tại xưởng của Công ty TNHH Nhựa Phú Tân Thành ở quận Bình Tân, TP HCM, 32 máy ép chạy liên tục ngày đêm. "
            "Cả xưởng xuất khoảng 25.000 chiếc ghế mỗi ngày.")
    assert _by_value(text)[25_000].location == "Bình Tân"


def test_what_the_owner_of_a_shop_placed_in_a_district_says_next_is_there() -> None:
    # (`Sáng 5/4, cửa hàng … của bà Võ Thị Hạnh ở xã Phú Túc, huyện Châu Thành, … . "Từ Tết đến giờ tôi bán hơn 350
    # bồn …", bà Hạnh nói.`)
    text = ("Bến Tre: Bồn chứa nước bán chạy mùa khô\n\n"
            "Sáng 5/4, cửa hàng vật liệu xây dựng của bà Võ Thị Hạnh ở xã Phú Túc, huyện Châu Thành, tấp nập khách đến "
            "hỏi mua bồn. \"Từ Tết đến giờ tôi bán hơn 350 bồn, gấp ba cùng kỳ năm ngoái\", bà Hạnh nói.")
    assert _by_value(text, published="2024-04-06")[350].location == "Châu Thành"


def test_a_dateline_with_its_hour_dates_the_article() -> None:
    doc = extract("Khởi công nhà máy khăn ướt\n\nHà Nam, 05/11/2024 16:20 (TTXVN)\n\n"
                  "Ngày 5/11, công ty khởi công nhà máy vốn 45 triệu USD.")
    assert str(doc.published) == "2024-11-05"


def test_tai_day_is_the_place_the_paragraph_before_named() -> None:
    # (`Tại chợ Ninh Hiệp (huyện Gia Lâm, Hà Nội), …` / `Tại đây, khăn mặt cotton … có giá 10.000-12.000 đồng/chiếc`)
    text = ("Khăn bông vào mùa Tết\n\n"
            "Theo Bộ Công Thương, sức mua khăn bông của cả nước dịp Tết tăng khoảng 15%.\n\n"
            "Tại chợ Ninh Hiệp (huyện Gia Lâm, Hà Nội), các cửa hàng bán buôn khăn cho biết lượng hàng bán ra tăng mạnh.\n\n"
            "Tại đây, khăn mặt cotton loại thường có giá 10.000-12.000 đồng/chiếc.")
    assert _by_value(text)[10_000].location == "Gia Lâm"


def test_a_firm_that_makes_listed_goods_is_still_placed_where_its_works_stand() -> None:
    # (`Công ty … (vốn Nhật Bản) khánh thành nhà máy sản xuất bát đĩa, đồ sứ gia dụng tại Khu công nghiệp Tiền Hải,
    # huyện Tiền Hải` / `Nhà máy có tổng vốn đầu tư 1.250 tỷ đồng`)
    text = ("Thái Bình khánh thành nhà máy sứ gia dụng\n\n"
            "Thái Bình (TTXVN) - Ngày 27/8, Công ty TNHH Sứ Hikari Việt Nam (vốn Nhật Bản) khánh thành nhà máy sản xuất "
            "bát đĩa, đồ sứ gia dụng tại Khu công nghiệp Tiền Hải, huyện Tiền Hải.\n\n"
            "Nhà máy có tổng vốn đầu tư 1.250 tỷ đồng, xây dựng trên diện tích 8,5 ha.")
    found = _by_value(text)
    assert (found[1_250_000_000_000].location, found[8.5].location) == ("Tiền Hải", "Tiền Hải")


def test_a_unit_line_naming_a_quantity_no_column_names_is_the_year_columns_unit() -> None:
    # (`Đơn vị tính sản lượng: nghìn chiếc` over `Số doanh nghiệp | Năm 2023 | Ước thực hiện năm 2024`)
    text = ("Sản xuất nồi, chảo theo địa bàn\nĐơn vị tính sản lượng: nghìn chiếc\n"
            "Địa bàn\nSố doanh nghiệp\nNăm 2023\nƯớc thực hiện năm 2024\n"
            "Thị xã Quế Võ\n7\n2.850\n3.120\nHuyện Tiên Du\n4\n1.240\n1.410\n")
    found = _by_value(text, published="2025-01-10")
    assert (found[2_850_000].unit, found[7].unit) == ("chiếc", "doanh nghiệp")


def test_places_counted_beside_the_provinces_districts_are_districts() -> None:
    # (`Trung tâm Kiểm soát bệnh tật tỉnh phối hợp với Trung tâm Y tế các huyện, thành phố phun hóa chất … tại 4 địa
    # phương` on a province's site: four of its districts)
    text = ("SỞ Y TẾ TỈNH ĐỒNG THÁP\n\nPhun hóa chất diệt muỗi\n\n"
            "Năm 2024, Trung tâm Kiểm soát bệnh tật tỉnh phối hợp với Trung tâm Y tế các huyện, thành phố phun hóa chất "
            "diệt muỗi chủ động tại 4 địa phương trọng điểm về sốt xuất huyết.")
    assert _by_value(text)[4].location == "Đồng Tháp"


def test_a_shop_owners_shop_address_places_what_she_says_of_it() -> None:
    # (`Chị Trần Thu Hà, chủ cửa hàng tạp hóa ở số 126 phố Hoàng Văn Thái (quận Thanh Xuân), cho biết mỗi ngày cửa hàng
    # bán hơn 100 hộp`: the shop's address, not a meeting's venue)
    text = ("Nhang muỗi bán chạy\n\nTheo Sở Y tế Hà Nội, thành phố ghi nhận 3.960 ca sốt xuất huyết.\n\n"
            "Chị Trần Thu Hà, chủ cửa hàng tạp hóa ở số 126 phố Hoàng Văn Thái (quận Thanh Xuân), cho biết mỗi ngày cửa "
            "hàng bán hơn 100 hộp nhang muỗi.")
    assert _by_value(text)[100].location == "Thanh Xuân"


def test_a_paragraph_that_opens_at_a_firm_in_a_district_goes_on_there() -> None:
    # (`Tại Công ty cổ phần Sợi chỉ Hùng Lâm ở huyện Phù Ninh, …. 10 tháng năm 2024, công ty sản xuất 7.200 tấn`)
    text = ("PTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH PHÚ THỌ\n\nPhú Thọ: Siết chặt xả thải tại các cơ sở nhuộm\n\n"
            "Phú Thọ hiện có 11 nhà máy kéo sợi và nhuộm, tập trung tại KCN Thụy Vân (TP Việt Trì) và huyện Phù Ninh.\n\n"
            "Tại Công ty cổ phần Sợi chỉ Hùng Lâm ở huyện Phù Ninh, hệ thống xử lý nước thải vừa được nâng cấp. 10 tháng "
            "năm 2024, công ty sản xuất 7.200 tấn sợi.")
    assert _by_value(text, published="2024-11-21")[7200].location == "Phù Ninh"


def test_a_paragraph_that_opens_at_a_firms_works_places_the_firm() -> None:
    # (`(BDO) - Tại nhà máy của Công ty TNHH … ở phường Khánh Bình, TP Tân Uyên, …` / `Từ tháng 5 đến nay, công ty đã
    # tuyển thêm 120 lao động`)
    text = ("Báo Bình Dương điện tử\n\nSofa Bình Dương tăng tốc xuất khẩu\n\n"
            "Đơn hàng sofa xuất khẩu phục hồi giúp nhiều doanh nghiệp trên địa bàn tỉnh tuyển thêm lao động.\n\n"
            "(BDO) - Tại nhà máy của Công ty TNHH Nội thất Phúc Thịnh ở phường Khánh Bình, TP Tân Uyên, công nhân đang "
            "hoàn thiện lô hàng xuất sang Úc.\n\nTừ tháng 5 đến nay, công ty đã tuyển thêm 120 lao động.")
    assert _by_value(text, published="2024-08-22")[120].location == "Tân Uyên"


def test_a_paragraph_that_opens_with_a_shop_owner_and_her_shops_place_goes_on_there() -> None:
    # (`Chị Lê Thu Hà, chủ một cửa hàng ở phố Hàng Hòm (quận Hoàn Kiếm, Hà Nội), cho biết …. Khung bằng khổ A4 … có giá
    # 85.000-120.000 đồng`: the prices of her shop)
    text = ("Khung ảnh bán chạy mùa tốt nghiệp\n\nTheo Bộ Công Thương, cả nước có khoảng 300 cơ sở làm khung ảnh.\n\n"
            "Chị Lê Thu Hà, chủ một cửa hàng ở phố Hàng Hòm (quận Hoàn Kiếm, Hà Nội), cho biết mấy ngày nay cửa hàng bán "
            "khoảng 150 khung bằng mỗi ngày. Khung bằng khổ A4 loại gỗ thông có giá 85.000-120.000 đồng.")
    found = _by_value(text)
    assert (found[150].location, found[85_000].location) == ("Hoàn Kiếm", "Hoàn Kiếm")
