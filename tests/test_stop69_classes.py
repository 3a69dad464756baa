"""Rules from the probe sets 823-828 (the last stop's sealed measure, opened at the sixty-ninth stop) and from the error
classes of the sets written in it, each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract
from dtextract.places import find_places


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_where_people_come_from_is_not_where_the_figures_are() -> None:
    text = ("Cổng thông tin điện tử huyện Yên Phong\n\n"
            "Ngày 2/9/2024, tại xã Dũng Liệt, UBND xã tổ chức hội vật truyền thống. Hội vật thu hút 64 đô vật đến từ "
            "9 xã trong huyện và các tỉnh Bắc Giang, Thái Nguyên, Hải Dương. Các đô vật thi đấu ở 5 hạng cân.\n")
    found = _by_value(text)
    assert found[64].location == "Yên Phong"
    # (the places listed do not carry to the next sentence)
    assert found[5].location == "Yên Phong"
    # (nor does one place people come from; the subject still ends before it)
    found = _by_value("Tỉnh Ninh Bình: năm 2024, Tràng An đón 420.000 lượt khách đến từ TP Hồ Chí Minh. "
                      "Du khách lưu trú bình quân 2,1 ngày.")
    assert found[420000].location == "Ninh Bình" and "Hồ Chí Minh" not in found[420000].subject
    assert found[2.1].location == "Ninh Bình"
    # (a place with its own figure in brackets is that figure's)
    found = _by_value("Năm 2024, tỉnh Tây Ninh đón 5 triệu lượt khách. Khách chủ yếu đến từ TP Hồ Chí Minh (chiếm 40%).")
    assert found[40].location == "TP. Hồ Chí Minh"


def test_a_district_that_hosts_its_provinces_event_is_only_its_venue() -> None:
    text = ("Bế mạc Liên hoan văn nghệ năm 2024\n\n"
            "Tối 12/10, tại huyện Ba Chẽ, Liên hoan văn nghệ quần chúng các dân tộc tỉnh Quảng Ninh năm 2024 đã bế mạc. "
            "Liên hoan có 6 đoàn với 38 tiết mục tham gia.\n\nBan tổ chức đã trao 10 huy chương vàng.\n")
    found = _by_value(text)
    assert found[6].location == "Quảng Ninh" and found[10].location == "Quảng Ninh"
    # (a district's own event, held by its own body, is the district's)
    text = ("Bế mạc hội thi văn nghệ năm 2024\n\n"
            "Sáng 5/3, tại huyện Ba Chẽ, UBND huyện đã tổ chức hội thi văn nghệ với 12 đội tham gia. "
            "Hội thi có 240 diễn viên.\n")
    found = _by_value(text)
    assert found[12].location == "Ba Chẽ" and found[240].location == "Ba Chẽ"


def test_a_papers_tag_that_opens_a_paragraph_says_where_the_story_is_from() -> None:
    text = ("Thứ bảy, 15/3/2025, 07:40 (GMT+7)\nTiệm gốm nhỏ trong hẻm\n\n"
            "Mỗi tháng, tiệm của chị Lan nung khoảng 2.000 chiếc bình gốm để bán qua mạng.\n\n"
            "Đà Nẵng - Tiệm nằm trong hẻm 12 đường Lê Lợi, có 6 thợ. Năm 2024, tiệm bán 18.000 sản phẩm.\n")
    found = _by_value(text, "2025-03-15")
    assert found[2000].location == "Đà Nẵng" and found[18000].location == "Đà Nẵng"


def test_a_province_a_school_is_named_after_with_its_place_aside_is_the_schools_name() -> None:
    text = ("Cổng thông tin điện tử tỉnh Hải Dương\nTặng mũ bảo hiểm cho học sinh lớp Một\n\n"
            "Sáng 9/9/2024, tại Trường Tiểu học Lào Cai 2 (TP Hải Dương), Ban An toàn giao thông tỉnh tổ chức lễ phát "
            "động chương trình tặng mũ bảo hiểm.\n\nĐợt này, toàn tỉnh được phân bổ 1.200 mũ bảo hiểm. Năm học này, toàn "
            "tỉnh có 28.000 học sinh lớp Một.\n")
    found = _by_value(text)
    assert found[1200].location == "Hải Dương" and found[28000].location == "Hải Dương"


def test_a_firms_share_of_a_provinces_whole_places_the_firm_there() -> None:
    text = ("Doanh nghiệp thuốc lá đóng góp lớn cho ngân sách\n\n"
            "Năm 2024, Công ty CP Thuốc lá Đồng Tâm nộp ngân sách 2.300 tỷ đồng, chiếm khoảng 23% tổng thu nội địa của "
            "tỉnh Long An. Doanh thu thuần đạt 5.100 tỷ đồng.\n\n"
            "Sản phẩm của công ty có mặt tại hơn 30.000 điểm bán trên cả nước.\n")
    found = _by_value(text)
    assert found[2.3e12].location == "Long An" and found[5.1e12].location == "Long An"
    # (`xã hội` is no commune said by its level: the firm's social spending leaves it a firm)
    text = ("Doanh nghiệp đóng góp lớn\n\nNăm 2024, Công ty CP Bia Núi Rồng đóng góp an sinh xã hội 5 tỷ đồng và nộp "
            "ngân sách 900 tỷ đồng, chiếm khoảng 12% tổng thu nội địa của tỉnh Bình Định.\n\n"
            "Sản phẩm có mặt tại hơn 30.000 điểm bán trên cả nước.\n")
    assert _by_value(text)[9e11].location == "Bình Định"
    # (a district's share of its province's whole is still the district's)
    found = _by_value("Năm 2024, toàn huyện Đức Hòa có 9.000 ha lúa, chiếm 15% diện tích lúa của tỉnh Long An.")
    assert found[9000].location == "Đức Hòa"


def test_a_lead_that_lists_a_city_and_districts_names_no_one_of_them() -> None:
    text = ("Học sinh đi xe máy điện không đội mũ bảo hiểm\n\n"
            "Giờ tan học, quanh nhiều trường THPT ở TP Sầm Sơn và các huyện Hoằng Hóa, Quảng Xương, không khó bắt gặp "
            "học sinh đi xe máy điện không đội mũ bảo hiểm.\n\n"
            "Theo Phòng Cảnh sát giao thông Công an tỉnh, 10 tháng năm 2024, lực lượng chức năng đã xử lý 1.420 trường "
            "hợp học sinh vi phạm.\n")
    found = _by_value(text)
    # (three districts of one province, each its only province's: the province, though its name is never written)
    assert found[1420].location == "Thanh Hóa"


def test_a_product_named_after_a_place_opening_its_sentence_is_still_a_product() -> None:
    text = ("Giá bia tăng nhẹ dịp cuối năm\n\nTại TP Buôn Ma Thuột, giá bia, nước ngọt tăng nhẹ. "
            "Bia Hà Nội loại thùng 24 lon được các đại lý bán 330.000 đồng/thùng.\n")
    found = _by_value(text)
    assert found[330000].location == "Buôn Ma Thuột"


def test_a_place_whose_like_things_are_compared_with_is_not_carried() -> None:
    text = ("Nhà dưỡng lão giữa phố biển\n\n"
            "Nhà dưỡng lão An Phúc ở phường Vĩnh Hòa, TP Nha Trang có quy mô 40 giường. Mức phí từ 6 đến 9 triệu "
            "đồng/người/tháng, thấp hơn khoảng 25% so với các cơ sở tương tự ở Hà Nội. Cơ sở có 17 nhân viên.\n")
    found = _by_value(text)
    assert found[17].location == "Nha Trang"


def test_a_paragraph_that_opens_with_the_person_the_one_before_placed_goes_on_there() -> None:
    text = ("Nông dân Lào Cai làm giàu từ cá hồi\n\n"
            "Năm 2024, gia đình anh Giàng A Páo ở xã Bản Khoang, thị xã Sa Pa thu khoảng 900 triệu đồng từ nuôi cá hồi.\n\n"
            "Anh Páo cho biết mỗi bể cho khoảng 1,5 tấn cá, giá bán 220.000 đồng/kg.\n\n"
            "Toàn tỉnh hiện có 86 cơ sở nuôi cá nước lạnh.\n")
    found = _by_value(text)
    assert found[1.5].location == "Sa Pa" and found[220000].location == "Sa Pa"
    # (a paragraph that opens with someone else, or speaks of the province, does not)
    assert found[86].location == "Lào Cai"


def test_a_clause_opening_word_is_taken_off_only_whole() -> None:
    # (`có` is no part of `cói`, nor `và` of `vàng`: the subject keeps the word)
    assert "cói" in _by_value("Năm 2023, mây, cói đạt 71,6 triệu USD.")[71.6e6].subject
    assert _by_value("Năm 2024, vàng miếng, vàng nhẫn đạt 120 tấn.")[120].subject.startswith("vàng miếng")
    # (the whole word still goes: `có` opening the clause)
    assert _by_value("Năm 2024, có 35 hộ làm chiếu cói.")[35].subject.startswith("hộ")


def test_the_province_a_speakers_words_open_with_is_spoken_of() -> None:
    text = ("Yên Thành phát triển ngô sinh khối\n\n"
            "Năm 2023, huyện Yên Thành trồng 1.800 ha ngô sinh khối.\n\n"
            "Ông Trần Văn Hòa, Phó giám đốc Sở NN&PTNT Nghệ An, cho biết giai đoạn 2021-2023 tỉnh đã chuyển đổi "
            "3.900 ha đất lúa kém hiệu quả.\n")
    found = _by_value(text)
    assert found[1800].location == "Yên Thành" and found[3900].location == "Nghệ An"


def test_a_place_named_after_places_said_by_their_level_is_one_of_a_list() -> None:
    text = ("Quảng Ngãi mở rộng wifi công cộng\n\nNăm 2024, tỉnh Quảng Ngãi có 120 điểm wifi công cộng. "
            "Năm 2025, tỉnh phấn đấu lắp thêm 40 điểm wifi tại các xã ven biển và huyện đảo Lý Sơn.\n")
    assert _by_value(text)[40].location == "Quảng Ngãi"
    # (a place said right after the figure alone is its own)
    text = ("Quảng Ngãi mở rộng wifi công cộng\n\nNăm 2024, tỉnh Quảng Ngãi có 120 điểm wifi công cộng. "
            "Năm 2025, tỉnh phấn đấu lắp thêm 40 điểm wifi tại huyện đảo Lý Sơn.\n")
    assert _by_value(text)[40].location == "Lý Sơn"


def test_the_time_a_thing_needs_or_is_raised_for_and_a_crafts_age_are_measured() -> None:
    found = _by_value("Cây sâm Ngọc Linh cần 5-6 năm mới cho thu hoạch.")
    assert found[5].unit == "năm" and found[5].value_max == 6
    found = _by_value("Cá hồi vân nuôi 18-20 tháng đạt 2 kg/con.")
    assert found[18].unit == "tháng" and found[18].value_max == 20
    assert _by_value("Làng Chuông có lịch sử làm nón hơn 300 năm.")[300].unit == "năm"
    # (the months of a farm's report still say when)
    assert 6 not in _by_value("Sản lượng tôm nuôi 6 tháng đầu năm 2024 đạt 5.200 tấn.")


def test_a_districts_name_then_a_letter_names_another_place() -> None:
    assert [m.name for m in find_places("Cụm dân cư Long Điền A có 120 hộ.")] == []
    assert [m.name for m in find_places("Tại Long Điền, huyện đã xây 3 km kè.")] == ["Long Điền"]


def test_the_whole_province_in_an_article_on_a_city_named_like_it_is_the_province() -> None:
    text = ("Làng mứt Kim Long vào vụ Tết\n\n"
            "Những ngày này, không khí làm mứt ở phường Kim Long (TP. Huế) rộn ràng. Toàn phường có 32 hộ làm mứt gừng.\n\n"
            "Chị Lan cho biết sản phẩm của cơ sở từng được giới thiệu tại Festival Nghề truyền thống Huế lần thứ 8.\n\n"
            "Theo Sở Công Thương, dịp Tết toàn tỉnh có 5 làng nghề làm mứt, bánh truyền thống.\n")
    found = _by_value(text, "2024-01-20")
    assert found[32].location == "Huế" and found[5].location == "Thừa Thiên Huế"
