"""Rules from the probe sets 643-648 (the last stop's sealed measure, opened at the sixty-fourth stop) and from the error
classes of the sets written in it, each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_a_part_spread_over_places_breaks_down_the_part_not_the_whole() -> None:
    found = _by_value("Huyện có 320 km kênh mương, trong đó khoảng 96 km đã xuống cấp, tập trung ở các xã Tân Hòa (40 km), "
                      "Tân Phú (25 km) và Tân Lập (12 km).")
    assert found[96].total == 320
    assert all(found[v].total is None for v in (40, 25, 12))   # (they add up to neither)
    # (items that add up to the part are its parts)
    found = _by_value("Huyện có 320 km kênh mương, trong đó 77 km đã xuống cấp, tập trung ở các xã Tân Hòa (40 km), "
                      "Tân Phú (25 km) và Tân Lập (12 km).")
    assert all(found[v].total == 77 for v in (40, 25, 12))


def test_a_clause_set_against_a_planned_or_estimated_figure_says_what_is_so() -> None:
    found = _by_value("Nhu cầu vốn của các hợp tác xã ước khoảng 850 tỷ đồng, song các ngân hàng mới giải ngân được "
                      "210 tỷ đồng.")
    assert found[850_000_000_000].status == "estimate" and found[210_000_000_000].status == "actual"
    found = _by_value("Tỉnh đặt mục tiêu xây dựng 1.200 căn nhà cho hộ nghèo, nhưng đến nay mới hoàn thành 730 căn.")
    assert found[1200].status == "target" and found[730].status == "actual"
    # (`trong khi` that sets two claims of one kind side by side leaves both under the cue)
    found = _by_value("Theo quy hoạch, đến năm 2030 đất đô thị tăng lên khoảng 5.000 ha, trong khi đất lúa giảm xuống "
                      "còn khoảng 20.000 ha.")
    assert found[20000].status == found[5000].status == "target"
    found = _by_value("Nhu cầu vốn ước tính khoảng 12 nghìn tỷ đồng, trong khi khả năng bố trí vốn mới đạt khoảng 35%.")
    assert found[35].status == "actual"


def test_a_horizon_after_a_forecast_that_opens_the_sentence_dates_the_forecast() -> None:
    found = _by_value("Theo dự báo của Hiệp hội, đến năm 2030 nhu cầu phân bón trong nước sẽ đạt khoảng 12 triệu tấn.")
    assert found[12_000_000].status == "forecast"
    # (a horizon alone, or a forecast said only of an amount before it, sets a goal)
    assert _by_value("Tỉnh phấn đấu đến năm 2030 có 20 khu công nghiệp.")[20].status == "target"
    found = _by_value("Huyện đầu tư thêm 80 phòng học với kinh phí dự kiến khoảng 120 tỷ đồng, bảo đảm đến năm 2025 có "
                      "100% phòng học kiên cố.")
    assert found[100].status == "target"


def test_whose_estimate_a_figure_is_may_be_said_after_it() -> None:
    found = _by_value("Nạn buôn lậu thuốc lá khiến ngân sách thất thu khoảng 2.000 tỷ đồng mỗi năm, theo ước tính của "
                      "hiệp hội.")
    assert found[2_000_000_000_000].status == "estimate"
    assert _by_value("Sản lượng lúa đạt 1,2 triệu tấn, theo dự báo của ngành nông nghiệp.")[1_200_000].status == "forecast"


def test_a_share_of_a_base_that_restates_a_figure_by_its_verb_is_the_share_of_the_figure_after_it() -> None:
    found = _by_value("Cơ quan thuế đã gửi 12.400 thông báo nợ thuế, thu hồi được 8.060 trường hợp, đạt 65% số "
                      "thông báo đã gửi.")
    assert found[8060].percent == 65 and found[12400].percent is None


def test_a_share_of_an_amount_named_by_its_noun_is_the_amount_s() -> None:
    found = _by_value("Các ngân hàng giải ngân khoảng 2.300 tỷ đồng cho 41 dự án, đạt 2,5% quy mô gói tín dụng.")
    assert found[2_300_000_000_000].percent == 2.5 and found[41].percent is None


def test_a_site_counted_in_a_table_of_sites_is_a_count_not_a_score() -> None:
    text = ("Bảng 1. Tình hình an toàn giao thông\n"
            "Chỉ tiêu | Đơn vị | Năm 2023 | Năm 2024\n"
            "Số vụ tai nạn giao thông | vụ | 158 | 142\n"
            "Điểm đen tai nạn giao thông | điểm | 7 | 5\n")
    found = _by_value(text)
    assert found[7].kind == found[5].kind == "count"
    text = ("Bảng. Số điểm trông giữ xe các quận\nĐơn vị tính: điểm\n"
            "Quận | Năm 2023 | Năm 2024\nQuận A | 130 | 126\nQuận B | 142 | 148\n")
    assert _by_value(text)[126].kind == "count"
    # (scores stay scores)
    text = ("Bảng 2. Điểm thi trung bình các môn\nĐơn vị tính: điểm\n"
            "Môn | Năm 2023 | Năm 2024\nToán | 6,25 | 6,45\nVăn | 7 | 7,2\n")
    assert _by_value(text)[7].kind == "measure"


def test_the_rest_of_the_sites_counted_before_are_sites() -> None:
    found = _by_value("Sở đã xử lý dứt điểm 6/8 điểm đen; 2 điểm còn lại đang được thi công.")
    assert found[2].kind == "count"
    assert _by_value("Học sinh đạt 27 điểm trở lên chiếm 10%; 3 điểm còn lại là điểm ưu tiên.")[3].kind == "measure"


def test_a_change_in_establishments_is_the_change_of_the_establishments_counted() -> None:
    found = _by_value("Toàn thị xã có 86 homestay với 1.120 giường, tăng 9 cơ sở so với năm 2023.")
    assert found[86].change is not None and found[86].change.value == 9
    assert found[1120].change is None


def test_a_year_that_ends_a_festival_s_name_lets_the_change_after_it_reach_the_figure() -> None:
    found = _by_value("Thành phố tổ chức 42 điểm bán hoa Tết Giáp Thìn 2024, tăng 5 điểm so với năm trước.")
    assert found[42].change is not None and found[42].change.value == 5
    assert 2024 not in found and 5 not in found


def test_a_district_the_paragraph_opens_with_after_a_connective_is_its_place() -> None:
    text = ("Bắc Ninh phát triển làng nghề\n\n"
            "Làng tranh Đông Hồ (xã Song Hồ, huyện Thuận Thành) hiện còn 17 hộ giữ nghề.\n\n"
            "Trái ngược, làng nghề gỗ Đồng Kỵ (thành phố Từ Sơn) năm 2023 đạt doanh thu 4.150 tỷ đồng. Kim ngạch xuất "
            "khẩu của làng đạt 86 triệu USD. Làng thu hút khoảng 12.000 lao động.\n\n"
            "Toàn tỉnh Bắc Ninh có 62 làng nghề.\n")
    found = _by_value(text, published="2023-12-26")
    assert found[86_000_000].location == "Từ Sơn" and found[12000].location == "Từ Sơn"
    assert found[62].location == "Bắc Ninh"


def test_a_figure_of_the_whole_world_is_of_no_place() -> None:
    text = ("Hà Nội tăng cường tiêm phòng dại\n\nNăm 2024, Hà Nội ghi nhận 12 ca tử vong do bệnh dại. Theo Tổ chức Y tế "
            "Thế giới, mỗi năm bệnh dại làm khoảng 59.000 người tử vong trên toàn cầu.\n")
    found = _by_value(text)
    assert found[12].location == "Hà Nội" and found[59000].location is None
    # (the world a share is of is no place of the share)
    found = _by_value("Ngành điều Việt Nam chiếm hơn 80% thị phần nhân điều toàn cầu.")
    assert found[80].location == "Việt Nam"


def test_the_districts_of_dak_nong_are_found_in_either_spelling() -> None:
    text = "CỔNG THÔNG TIN ĐIỆN TỬ XÃ QUẢNG SƠN\nHuyện Đắk Glong - Tỉnh Đắk Nông\n\nToàn xã có 1.146 hộ nuôi chó.\n"
    assert _by_value(text)[1146].location == "Đắk Glong"


def test_a_contrast_ends_what_the_words_after_a_figure_say_of_it() -> None:
    found = _by_value("Hợp tác xã thu được gần 9 tấn mật ong nhưng mới bán được 3 tấn.")
    assert "nhưng" not in found[9].subject
    # (a second predicate of the things counted stays: `… nhưng chưa nhận tiền`)
    found = _by_value("Hiện còn 117 hộ đã có phương án được phê duyệt nhưng chưa nhận tiền bồi thường.")
    assert "chưa nhận tiền" in found[117].subject


def test_a_school_year_from_its_start_to_now_and_as_of_its_end() -> None:
    found = _by_value("Từ đầu năm học đến nay, Trung tâm Y tế huyện khám sàng lọc cho 6.840 học sinh.",
                      published="2024-10-10")
    assert str(found[6840].period.start) == "2024-09-01" and str(found[6840].period.end) == "2024-10-10"
    found = _by_value("Đến hết năm học 2023-2024, 1.528 điểm trường đã có nhà vệ sinh đạt chuẩn.")
    assert found[1528].period.start is None and str(found[1528].period.end) == "2024-05-31"


def test_a_number_word_that_opens_the_lead_after_a_headline_is_a_number() -> None:
    text = "Hơn 90% khách hàng tài chính vi mô là phụ nữ\n\nBốn tổ chức tài chính vi mô đang phục vụ 1,3 triệu khách hàng.\n"
    assert _by_value(text)[4].unit == "tổ chức"
    # (a name wrapped onto the next line stays a name)
    assert 2 not in _by_value("Trường ở quận\nHai Bà Trưng có 20 lớp.")


def test_a_province_s_military_command_heading_the_page_is_the_article_s_place() -> None:
    text = ("BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH QUẢNG NINH\nTrang chủ » Tin tức\n\n"
            "Hải đội Biên phòng 2 bắt giữ 12 tàu vận chuyển than trái phép\n\n"
            "9 tháng năm 2024, Hải đội Biên phòng 2 đã tổ chức 146 chuyến tuần tra trên biển.\n")
    found = _by_value(text, published="2024-10-09")
    assert found[146].location == "Quảng Ninh" and found[12].location == "Quảng Ninh"
    assert 2 not in found     # (a unit named by its number)


def test_a_province_in_a_broadcaster_s_or_a_refinery_s_name_is_no_place_of_the_figure() -> None:
    text = ("CỔNG THÔNG TIN ĐIỆN TỬ XÃ QUẢNG TIẾN\nHuyện Quảng Trạch - Tỉnh Quảng Bình\n\n"
            "Năm 2023, đài xã đã tiếp sóng Đài Phát thanh - Truyền hình Quảng Bình với tổng thời lượng 1.095 giờ.\n")
    assert _by_value(text)[1095].location == "Quảng Trạch"
    text = ("Bộ Công Thương cho biết sản lượng xăng dầu trong nước\n\nTheo Bộ Công Thương, sản lượng từ Liên hợp lọc hóa "
            "dầu Nghi Sơn đạt 1,42 triệu tấn, đáp ứng 70% nhu cầu cả nước.\n")
    assert _by_value(text)[1_420_000].location == "Việt Nam"


def test_a_province_that_hosts_an_event_is_no_place_of_what_a_ministry_says_there() -> None:
    found = _by_value("Tại hội thảo ngày 14/11 ở TP HCM, đại diện Bộ Nông nghiệp và Phát triển nông thôn cho biết năm 2025 "
                      "sẽ có thêm 300 hợp tác xã được cấp chứng nhận VietGAP.")
    assert found[300].location == "Việt Nam"


def test_places_things_are_sent_away_to_are_not_where_the_figure_holds() -> None:
    text = ("Nghề nuôi ong ở Đắk Lắk\n\nToàn tỉnh Đắk Lắk có khoảng 1.300 hộ nuôi ong. Để tránh mùa phun thuốc, nhiều hộ "
            "phải di chuyển đàn ong sang Đắk Nông, Lâm Đồng, chi phí vận chuyển tăng thêm 150.000 đồng/đàn.\n")
    assert _by_value(text)[150000].location == "Đắk Lắk"
    # (what is sent to a place is that place's)
    text = "Kiều hối\n\nTheo Ngân hàng Nhà nước, lượng kiều hối chuyển về TP HCM năm 2023 đạt 9,46 tỷ USD.\n"
    assert _by_value(text)[9_460_000_000].location == "TP. Hồ Chí Minh"


def test_nouns_said_in_pairs_keep_the_comma_between_them_in_the_subject() -> None:
    found = _by_value("Lực lượng biên phòng phát hiện 46 người xuất cảnh, nhập cảnh trái phép.")
    assert found[46].subject == "người xuất cảnh, nhập cảnh trái phép"
    found = _by_value("Năm 2023, đài xã tự sản xuất và phát 412 tin, bài về nông thôn mới.")
    assert found[412].subject.startswith("tin, bài")
    found = _by_value("Huyện có 9.836 người nhận lương hưu, trợ cấp bảo hiểm xã hội hằng tháng.")
    assert "trợ cấp bảo hiểm xã hội" in found[9836].subject
    # (an age in the phrase opens no list: the words before it stay)
    found = _by_value("Trong đó, người từ đủ 80 tuổi trở lên không có lương hưu, trợ cấp bảo hiểm xã hội là 58.940 người.")
    assert found[58940].subject.startswith("người từ đủ 80 tuổi trở lên")


def test_a_rate_named_by_its_bare_noun_is_the_rate_of_the_share_counted_before_it() -> None:
    text = ("Tính đến ngày 30/6/2024, có 38.940 người nhận lương hưu qua tài khoản, chiếm 42,6% tổng số người hưởng. Một số "
            "địa phương có tỷ lệ cao là TP. Vinh (78,5%), thị xã Cửa Lò (61,2%).")
    found = _by_value(text)
    assert found[78.5].subject == "tỷ lệ người nhận lương hưu qua tài khoản"
    # (not of a count that is no share)
    found = _by_value("Tỉnh có 120 trạm bơm. Các địa phương có tỷ lệ cao là Bắc Ninh (82,5%), Hưng Yên (78,4%).")
    assert found[82.5].subject == "tỷ lệ"


def test_a_share_after_the_counts_of_whose_things_are_counted_is_the_first_figure_s() -> None:
    found = _by_value("Huyện đã tiêm 8.450 liều vắc xin cho đàn lợn của 312 hộ và 18 trang trại, đạt 42,3% tổng đàn.")
    assert found[8450].percent == 42.3 and found[18].percent is None
    # (a share whose base names the owners is theirs)
    found = _by_value("Huyện hỗ trợ 500 triệu đồng cho đàn bò của 312 hộ, đạt 60% số hộ đăng ký.")
    assert found[312].percent == 60


def test_things_certified_keep_their_list_of_certificates_before_the_share() -> None:
    found = _by_value("Toàn tỉnh có 9.846,5 ha sản xuất đạt chứng nhận VietGAP, GlobalGAP và hữu cơ, đạt 89,5% kế hoạch "
                      "năm, tăng 12,3% so với cùng kỳ.")
    assert found[9846.5].percent == 89.5 and found[9846.5].change.value == 12.3
    assert 89.5 not in found


def test_a_year_that_bounds_a_group_dates_nothing_after_it() -> None:
    text = ("Huyện có 412 người nghỉ hưu trước năm 1995 được tăng thêm 300.000 đồng/người/tháng.\n\n"
            "Cũng trong tháng 7, huyện chi trả trợ cấp xã hội cho 7.058 đối tượng.\n")
    found = _by_value(text, published="2024-07-11")
    assert str(found[7058].period.start) == "2024-07-01"


def test_a_price_said_cheaper_than_another_is_a_change_down() -> None:
    found = _by_value("Giá thuốc lá lậu chỉ từ 8.000 đến 12.000 đồng/bao, rẻ hơn khoảng 40% so với thuốc lá trong nước.")
    assert found[8000].change.direction == "decrease" and found[8000].change.value == 40
    assert 40 not in found


def test_noise_in_decibels_is_a_measure() -> None:
    found = _by_value("Kết quả quan trắc cho thấy độ ồn tại khu vực chợ đêm có thời điểm lên 78 dBA.")
    assert found[78].kind == "measure" and found[78].unit == "dBA"


def test_machines_per_a_round_area_is_a_rate() -> None:
    found = _by_value("Toàn tỉnh có 2.156 máy gặt đập liên hợp, bình quân 0,93 máy/100 ha lúa.")
    assert found[0.93].kind == "measure" and found[0.93].unit == "máy/100 ha"
    assert _by_value("Giá thuê đất 5 triệu đồng/ha.")[5_000_000].unit == "đồng/ha"


def test_last_year_said_after_trong_is_last_year() -> None:
    found = _by_value("Tỉnh thu giữ 1.086 kg ngà voi trong năm ngoái.", published="2024-05-10")
    assert str(found[1086].period.start) == "2023-01-01"


def test_a_spread_that_opens_after_trong_do_is_of_the_whole_before_it() -> None:
    found = _by_value("Toàn tỉnh có 2.156 máy gặt đập liên hợp; trong đó tập trung nhiều nhất ở các huyện Thoại Sơn (412 máy), "
                      "Châu Phú (365 máy).")
    assert found[412].subject == "máy gặt đập liên hợp" and found[412].total == 2156


def test_the_article_of_a_code_cited_after_a_count_is_no_word_of_it() -> None:
    found = _by_value("Công an khởi tố 2 vụ án với 6 bị can theo Điều 244 Bộ luật Hình sự.")
    assert "Điều" not in found[6].subject


def test_a_province_s_own_city_named_in_a_market_s_name_is_the_article_s_place() -> None:
    text = ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LÂM ĐỒNG\nTrang chủ > Du lịch\n\n"
            "Chợ đêm Đà Lạt đón khách tăng đều qua từng năm\n\n"
            "Chợ đêm Đà Lạt hiện có 426 hộ kinh doanh với hơn 1.000 lao động, hoạt động từ 17 giờ đến 23 giờ hằng ngày.\n")
    assert _by_value(text)[426].location == "Đà Lạt"


def test_the_air_quality_index_said_without_a_unit_is_in_aqi() -> None:
    found = _by_value("Chỉ số AQI trung bình quý I toàn tỉnh là 118, cao nhất tại thị xã Quế Võ (146), tiếp đến là TP Bắc Ninh "
                      "(132).")
    assert found[118].unit == "AQI" and found[118].kind == "measure"
    assert found[146].unit == "AQI" and found[146].location == "Quế Võ"
    # (a number the clause gives a unit of its own keeps it)
    assert _by_value("Chỉ số AQI được đo tại 118 trạm quan trắc.")[118].unit == "trạm"


def test_a_table_column_labelled_with_a_threshold_is_a_header_and_counts_days() -> None:
    text = ("Bảng 1. Kết quả quan trắc\n"
            "Địa bàn | PM10 (µg/m³) | PM2.5 (µg/m³) | Số ngày AQI trên 100\n"
            "TP Thái Nguyên | 61,4 | 34,2 | 38\n"
            "TP Sông Công | 55,8 | 30,5 | 27\n")
    found = _by_value(text)
    assert found[61.4].unit == "µg/m³" and found[38].kind == "count" and found[38].unit == "ngày"
    assert 100 not in found


def test_districts_each_with_their_number_in_the_lead_are_no_article_place() -> None:
    text = ("Báo Hà Giang điện tử\n\nHơn 5.200 lao động vùng cao được học nghề\n\n"
            "(HG) - 10 tháng năm 2024, các trung tâm tại 4 huyện vùng cao đã đào tạo nghề cho 5.236 người (Mèo Vạc 1.542 "
            "người, Đồng Văn 1.398 người, Yên Minh 1.276 người, Quản Bạ 1.020 người), đạt 91,9% kế hoạch năm.\n\n"
            "Sau đào tạo, 3.927 người có việc làm mới.\n")
    found = _by_value(text, published="2024-11-05")
    assert found[3927].location == "Hà Giang" and found[1542].location == "Mèo Vạc"


def test_a_district_said_after_a_connective_places_its_sentence() -> None:
    found = _by_value("Đáng chú ý, tại thị xã Nghi Sơn, một nhóm đối tượng đã cho gần 300 người vay với mức lãi cao.")
    assert found[300].location == "Nghi Sơn"
    found = _by_value("Chị Hồ Thị L. ở xóm 5, xã Nghi Phong (huyện Nghi Lộc) cho biết, gia đình phải vay ngoài 30 triệu đồng.")
    assert found[30_000_000].location == "Nghi Lộc" and found[30_000_000].approx == "exact"


def test_a_prison_named_after_a_place_is_no_place_of_its_figures() -> None:
    text = ("Đặc xá năm 2024\n\nTại Bình Thuận, Trại giam Thủ Đức có 412 phạm nhân được đề nghị đặc xá.\n")
    assert _by_value(text)[412].location != "Thủ Đức"


def test_the_names_of_a_list_of_communes_are_no_words_of_what_is_counted() -> None:
    found = [f for f in extract("Trung tâm mở 10 lớp xóa mù chữ tại các xã Pù Nhi (4 lớp), Mường Chanh (3 lớp) và Quang "
                                "Chiểu (2 lớp).").figures if f.value in (3, 2)]
    assert [f.subject for f in found] == ["lớp xóa mù chữ", "lớp xóa mù chữ"]


def test_a_part_cue_whose_places_come_before_lan_luot_opens_the_part_s_own_parts() -> None:
    found = _by_value("Cả nước có 42/63 tỉnh ban hành kế hoạch. Trong số này, có 6 địa phương thí điểm đã hình thành 58 khu, "
                      "điểm kinh doanh ban đêm; trong đó Hà Nội, TP. Hồ Chí Minh, Đà Nẵng và Quảng Ninh lần lượt có 17, 13, "
                      "9 và 8 khu, điểm.")
    assert found[17].total == 58 and found[8].total == 58


def test_sites_after_gom_that_add_up_to_a_count_are_its_parts() -> None:
    found = _by_value("Hiện thành phố có 9 tuyến phố đi bộ, chợ đêm, gồm quận Hải Châu (5 điểm), Sơn Trà (3 điểm) và Ngũ "
                      "Hành Sơn (1 điểm).")
    assert found[5].total == 9 and found[5].kind == "count"
    # (scores stay scores)
    found = _by_value("Các tỉnh dẫn đầu PCI gồm Quảng Ninh (72 điểm), Hải Phòng (70 điểm).")
    assert found[72].kind == "measure" and found[72].total is None


def test_a_count_of_whose_a_part_is_is_no_part_of_the_whole() -> None:
    found = _by_value("Năm 2024, có 3.812 người được đặc xá. Trong số 3.812 người được đặc xá có 297 người là nữ, 38 người "
                      "là người nước ngoài thuộc 9 quốc tịch và 412 người từ 70 tuổi trở lên.")
    assert found[38].total == 3812 and found[9].total is None and found[412].total == 3812


def test_the_whole_a_cue_says_again_is_the_whole_whatever_noun_it_was_first_said_with() -> None:
    text = ("Theo đó, đợt này có 3.812 phạm nhân được đặc xá, gồm 3.614 người đang chấp hành án tại các trại giam thuộc Bộ "
            "Công an và 198 người tại các trại giam thuộc Bộ Quốc phòng.\n\n"
            "Trong số 3.812 người được đặc xá có 297 người là nữ và 164 người là người dân tộc thiểu số.\n")
    found = _by_value(text)
    assert found[297].total == 3812 and found[164].total == 3812


def test_a_semicolon_item_that_names_another_of_the_kind_before_it_is_that_indicator_for_it() -> None:
    found = _by_value("Tỷ lệ cơ giới hóa khâu làm đất đạt 100%; khâu gieo sạ, cấy đạt 85,6%; khâu sấy đạt 70,5%.")
    assert found[85.6].subject == "Tỷ lệ cơ giới hóa khâu gieo sạ, cấy"
    assert found[70.5].subject == "Tỷ lệ cơ giới hóa khâu sấy"
    # (an item that names its own indicator keeps it)
    assert _by_value("Tỷ lệ hộ nghèo là 3%; tỷ lệ hộ cận nghèo là 5%.")[5].subject == "tỷ lệ hộ cận nghèo"


def test_the_ambulance_number_after_its_centre_is_a_name() -> None:
    found = _by_value("Thành phố có 3 trung tâm cấp cứu 115 độc lập. Trung tâm 115 quản lý 12 xe cứu thương.")
    assert 115 not in found and found[12].unit == "xe"
    assert _by_value("Bệnh viện đã cấp cứu 115 ca trong dịp Tết.")[115].unit == "ca"


def test_spread_across_is_no_over() -> None:
    assert _by_value("Khu du lịch trải trên 4/6 huyện của tỉnh.")[4].approx == "exact"


def test_the_protein_of_fish_sauce_is_in_grams_of_nitrogen_per_litre() -> None:
    found = _by_value("Nước mắm Phú Quốc có độ đạm từ 35 đến 40 g N/l.")
    assert found[35].unit == "g N/l" and found[35].kind == "measure"


def test_the_area_a_yield_is_per_said_before_it_is_no_figure() -> None:
    found = _by_value("Mỗi 1.000 m² nhà lưới trồng rau cho lãi khoảng 90 triệu đồng/năm.")
    assert 1000 not in found and 90_000_000 in found


def test_a_geopark_named_after_a_district_is_no_place_of_its_figures() -> None:
    text = ("Hà Giang đón khách\n\nNăm 2024, tỉnh Hà Giang đón 3 triệu lượt khách. Công viên địa chất toàn cầu UNESCO Cao "
            "nguyên đá Đồng Văn đón 1,2 triệu lượt khách.\n")
    assert _by_value(text)[1_200_000].location == "Hà Giang"


def test_a_place_s_name_alone_in_quotes_is_a_brand() -> None:
    text = ("UBND TỈNH KIÊN GIANG\nSố: 412/BC-UBND\n\nBÁO CÁO\nTình hình sản xuất nước mắm năm 2023\n\n"
            "Năm 2023, trên địa bàn thành phố Phú Quốc có 96 cơ sở sản xuất nước mắm, trong đó 84 cơ sở được sử dụng chỉ "
            "dẫn địa lý \"Phú Quốc\". Toàn tỉnh có 210 cơ sở.\n")
    found = _by_value(text)
    assert found[96].location == "Phú Quốc" and found[84].location == "Phú Quốc"
