"""Rules from the probe sets 1525-1530 and on (the last stop's sealed measure, opened at the eighty-fifth stop, and the
sets written in it), each from a language fact and checked here on sentences of its own."""
from __future__ import annotations

from dtextract import extract


def _by_value(text: str, published: str | None = None):
    return {f.value: f for f in extract(text, published=published).figures}


def test_communes_listed_after_a_district_said_again_bare_are_the_districts() -> None:
    # (`Theo UBND huyện …, trên địa bàn huyện có …, tập trung ở các xã A, B.`: the bare `huyện` between is the same
    # district; a paragraph that opens at a works in commune A later is in that district)
    text = ("Quảng Nam: Làng mây tre vào mùa hàng Tết\n\n"
            "Quảng Nam (TTXVN) - Toàn tỉnh Quảng Nam hiện có 30 cơ sở làm mây tre đan. Theo UBND huyện Đại Lộc, trên "
            "địa bàn huyện có 9 cơ sở, tập trung ở các xã Đại Hiệp, Đại Hòa.\n\n"
            "Tại cơ sở Mây tre Hòa Phát ở xã Đại Hòa, 35 lao động đang làm việc. Cơ sở nhận 6 đơn hàng.")
    found = _by_value(text, published="2024-11-02")
    assert [found[v].location for v in (35, 6)] == ["Đại Lộc"] * 2
    # (a district named with its name between is another's: its communes are not the first district's)
    text = text.replace("trên địa bàn huyện có", "cùng huyện Duy Xuyên có")
    assert _by_value(text, published="2024-11-02")[35].location != "Đại Lộc"


def test_a_department_of_the_district_speaks_of_the_district() -> None:
    # (`Theo Phòng Kinh tế và Hạ tầng huyện, giá … dao động …`: the district's department, the district spoken of)
    text = ("Quảng Ngãi: Nghề đan nón vào mùa\n\n"
            "Quảng Ngãi (TTXVN) - Theo UBND huyện Mộ Đức, toàn huyện có 120 hộ đan nón.\n\n"
            "Theo Phòng Kinh tế và Hạ tầng huyện, giá nón lá hiện dao động 40.000-60.000 đồng/chiếc.")
    assert _by_value(text, published="2024-11-02")[40000].location == "Mộ Đức"
    # (a department of a named district speaks of that district: the province's paper is not about it)
    text = ("Nghề đan nón vào mùa\n\nTheo Sở Công Thương tỉnh Quảng Ngãi, toàn tỉnh có 900 hộ đan nón.\n\n"
            "Theo Phòng Kinh tế và Hạ tầng huyện Sơn Tịnh, giá nón lá hiện dao động 40.000-60.000 đồng/chiếc.")
    assert _by_value(text, published="2024-11-02")[40000].location == "Sơn Tịnh"


def test_districts_raw_stuff_is_bought_from_are_not_the_place_of_its_price() -> None:
    # (`thu mua từ các huyện miền núi A, B; giá … đồng/kg`: where the stuff comes from, not the village's price)
    text = ("Làng chổi đót giữ nghề\n\n(Baonghean.vn) - Làm chổi đót giúp 300 hộ dân xã Quỳnh Thạch (huyện Quỳnh Lưu) có "
            "thu nhập ổn định.\n\nNguyên liệu đót chủ yếu thu mua từ các huyện miền núi Quỳ Châu, Quế Phong; giá năm nay "
            "khoảng 14.000 đồng/kg đót khô.")
    assert _by_value(text, published="2025-03-17")[14000].location == "Quỳnh Lưu"


def test_a_flower_variety_named_after_a_place_is_no_place_of_its_price() -> None:
    # (`Hoa hồng cổ Sa Pa được thu mua …`: a variety; the district the paragraph speaks of, `Phòng Kinh tế huyện`, is
    # the one the article is about)
    text = ("Mê Linh vào vụ hoa Tết\n\nVụ hoa Tết, toàn huyện Mê Linh gieo trồng 526 ha hoa các loại.\n\n"
            "Theo khảo sát của Phòng Kinh tế huyện, hoa hồng cổ Sa Pa được thu mua từ 8.000 đến 12.000 đồng/bông; "
            "hoa ly Đà Lạt khoảng 30.000 đồng/cành.")
    found = _by_value(text, published="2024-01-20")
    assert [found[v].location for v in (8000, 30000)] == ["Mê Linh"] * 2


def test_a_communes_own_district_said_after_it_beats_a_dateline_before_it() -> None:
    # (`Phan Rang-Tháp Chàm (TTXVN) - Làng gốm … thuộc thị trấn Phước Dân, huyện Ninh Phước`: the commune's district is
    # the one said right after it, not the city the story was filed from; so is what its body reports later)
    text = ("Gốm Bàu Trúc vươn xa\n\nPhan Rang-Tháp Chàm (TTXVN) - Làng gốm Bàu Trúc thuộc thị trấn Phước Dân, huyện "
            "Ninh Phước, nằm cạnh Quốc lộ 1A. Làng có 472 hộ làm gốm.\n\n"
            "Theo UBND thị trấn Phước Dân, năm 2023 doanh thu từ gốm đạt gần 40 tỷ đồng.")
    found = _by_value(text, published="2024-03-05")
    # (the village said again, `Làng có …`, lies where the sentence before said it lies: `thuộc thị trấn …, huyện …`)
    assert [found[v].location for v in (472, 40_000_000_000)] == ["Ninh Phước"] * 2


def test_a_name_that_opens_with_nhu_compares_nothing() -> None:
    # (`như` gives examples to compare with; `Như Quỳnh` is a park's name: `Tại KCN Như Quỳnh A, huyện Văn Lâm, Công
    # ty … xuất xưởng …` is in Văn Lâm)
    text = ("Sản xuất văn phòng phẩm tăng\n\nToàn tỉnh Hưng Yên hiện có 27 doanh nghiệp sản xuất văn phòng phẩm.\n\n"
            "Tại Khu công nghiệp Như Quỳnh A, huyện Văn Lâm, Công ty TNHH Hồng Phát mỗi tháng xuất xưởng khoảng 1,2 triệu "
            "chiếc dập ghim.")
    assert _by_value(text)[1_200_000].location == "Văn Lâm"
    # (a place said after `như` in small letters is still one to compare with)
    text = ("Giá dập ghim\n\nỞ huyện Văn Lâm, giá dập ghim ổn định, không tăng mạnh như Hà Nội, khoảng 52.000 "
            "đồng/chiếc.")
    assert _by_value(text)[52000].location == "Văn Lâm"


def test_a_workshop_said_at_its_address_has_the_figures_of_its_sentence() -> None:
    # (`Xưởng quạt của chị Mai ở số 112 Nguyễn Thái Học, TP Hội An (Quảng Nam) có 6 thợ vẽ`: the workshop the sentence
    # speaks of is where its address puts it)
    text = ("Quạt giấy vẽ tay hút khách\n\nXưởng quạt của chị Mai ở số 112 Nguyễn Thái Học, TP Hội An (Quảng Nam) có 6 "
            "thợ vẽ.")
    assert _by_value(text, published="2024-06-15")[6].location == "Hội An"
    # (a seat said at its address is all its sentence says of it: the next clause's figure is where it says)
    text = ("Bia Huế mở rộng\n\nTrụ sở công ty đặt tại số 243 Nguyễn Sinh Cung, TP Huế; sản phẩm của công ty hiện có mặt "
            "tại hơn 40.000 điểm bán trên cả nước.")
    assert _by_value(text, published="2024-06-15")[40000].location == "Việt Nam"


def test_a_hotel_the_work_is_done_for_is_no_place_of_the_workshop() -> None:
    # (`làm đơn hàng 8.000 chiếc quạt in logo cho một khách sạn ở Đà Nẵng`: the client's city; the workshop's figures
    # stay where the article put it)
    text = ("Quạt giấy Hội An\n\nTheo UBND TP Hội An, phố cổ hiện có khoảng 40 cửa hàng bán quạt giấy.\n\n"
            "Cơ sở của ông Tài đang làm đơn hàng 8.000 chiếc quạt in logo cho một khách sạn ở Đà Nẵng. Cơ sở hiện có 11 "
            "lao động.")
    found = _by_value(text, published="2024-06-15")
    assert [found[v].location for v in (8000, 11)] == ["Hội An"] * 2


def test_a_lead_on_two_districts_together_is_about_their_province() -> None:
    # (`(STV) - … nhiều hộ dân ở huyện Trần Đề và Cù Lao Dung thiếu nước`: what two districts share, the province's
    # paper reports on the province)
    text = ("Hạn mặn: Trao hơn 12.000 bình nước cho người dân\n\n"
            "(STV) - Mặn xâm nhập sâu khiến nhiều hộ dân ở huyện Trần Đề và Cù Lao Dung thiếu nước sinh hoạt. Từ ngày "
            "1/3 đến nay, các cấp đã trao hơn 12.000 bình nước uống cho người dân.\n\n"
            "Sở Công Thương đã làm việc với 14 cơ sở sản xuất nước đóng bình trên địa bàn.")
    found = _by_value(text, published="2024-03-12")
    assert [found[v].location for v in (12000, 14)] == ["Sóc Trăng"] * 2
    # (a sapo that lists where such things are, by commas, does not: the lead after it tells of one of them)
    text = ("Bánh tét vào mùa\n\nNhững ngày giáp Tết, các cơ sở làm bánh tét ở quận Ninh Kiều, quận Bình Thủy hoạt động "
            "hết công suất.\n\n(CT) - Cơ sở bánh tét Út Nhàn ở phường An Bình, quận Ninh Kiều, mỗi ngày nấu khoảng 1.200 "
            "đòn. Chị Nhàn cho biết cơ sở đã bán hơn 18.000 đòn.")
    assert _by_value(text, published="2025-01-23")[18000].location == "Ninh Kiều"


def test_a_paragraph_that_opens_with_the_firm_now_goes_on_where_the_firm_is() -> None:
    # (`Hiện công ty có 520 lao động`: the firm the sapo placed in its park's town, said again with `now`)
    text = ("Kính Đông Á mở rộng sản xuất\n\nSau hơn 10 năm hoạt động tại Khu công nghiệp Quế Võ (thị xã Quế Võ), Công ty "
            "cổ phần Kính Đông Á đã trở thành một doanh nghiệp lớn của tỉnh.\n\n"
            "(BNO) - Công ty được đầu tư với tổng vốn 2.100 tỷ đồng.\n\n"
            "Hiện công ty có 520 lao động, thu nhập bình quân 11,5 triệu đồng/người/tháng.")
    found = _by_value(text, published="2024-07-15")
    assert [found[v].location for v in (2_100_000_000_000, 520)] == ["Quế Võ"] * 2


def test_a_row_that_names_its_own_counting_unit_keeps_the_tables_multiplier() -> None:
    # (`Đơn vị tính: triệu sản phẩm` over `Bàn chải đánh răng (chiếc) | 318,0`: 318 million brushes)
    text = ("Sản lượng một số sản phẩm chủ yếu\nĐơn vị tính: triệu sản phẩm\n"
            "Sản phẩm\tNăm 2023\tƯớc thực hiện 2024\n"
            "Kem đánh răng (tuýp)\t212,4\t226,8\n"
            "Bàn chải đánh răng (chiếc)\t318,0\t335,5\n")
    found = _by_value(text, published="2024-12-20")
    assert (found[318_000_000].unit, found[318_000_000].kind) == ("chiếc", "count")
    assert found[212_400_000].unit == "tuýp"


def test_a_price_list_whose_rows_name_their_units_prices_each_unit() -> None:
    # (`Đơn vị tính: đồng` over `Dập ghim cỡ trung (chiếc) | 52.000`: the price of one stapler)
    text = ("Đơn giá trúng thầu bình quân một số mặt hàng\nĐơn vị tính: đồng\n"
            "Mặt hàng | Năm 2023 | Năm 2024\n"
            "Dập ghim cỡ trung (chiếc) | 52.000 | 48.500\n"
            "Ghim bấm số 10 (hộp) | 3.800 | 3.600\n")
    found = _by_value(text, published="2024-12-20")
    assert (found[52000].unit, found[52000].kind) == ("đồng/chiếc", "money")
    assert found[3800].unit == "đồng/hộp"
    # (a table of indicators only one of which names its own unit: that row counts, it prices nothing)
    text = ("Kết quả kinh doanh\nĐơn vị tính: tỷ đồng\n"
            "Chỉ tiêu | Năm 2022 | Năm 2023\n"
            "Tổng doanh thu | 3.412,5 | 3.698,2\n"
            "Lao động bình quân (người) | 5.126 | 4.987\n")
    found = _by_value(text, published="2024-12-20")
    assert (found[5126].unit, found[5126].kind) == ("người", "count")


def test_goods_brought_in_from_a_works_in_a_province_have_it_as_their_origin() -> None:
    # (`số hàng trên được nhập từ cơ sở ở tỉnh Bắc Ninh với giá …`: where the seized goods came from, not the place of
    # the seizure's figures)
    text = ("Bắc Giang: Thu giữ dầu gội giả\n\nNgày 21/3, Đội Quản lý thị trường số 4 kiểm tra một kho hàng tại huyện Lạng "
            "Giang, phát hiện 1.918 chai dầu gội giả. Theo lời khai, số hàng trên được nhập từ cơ sở ở tỉnh Bắc Ninh với "
            "giá từ 28.000 đến 35.000 đồng/chai.")
    found = _by_value(text, published="2024-03-22")
    assert found[28000].location != "Bắc Ninh"


def test_a_firms_head_said_with_its_district_speaks_of_the_firm_there() -> None:
    # (`Ông …, Giám đốc Công ty … (Khu công nghiệp Hòa Phú, huyện Long Hồ), cho biết … công ty cung ứng khoảng 2.300
    # tấn`: what the head of a firm placed in a district reports is that firm's)
    text = ("Ống nhựa vào mùa công trình\n\nToàn tỉnh Vĩnh Long có 12 công trình cấp nước đang thi công.\n\n"
            "Ông Trần Minh Khải, Giám đốc Công ty TNHH Ống nhựa Cửu Long (Khu công nghiệp Hòa Phú, huyện Long Hồ), cho "
            "biết 9 tháng đầu năm công ty cung ứng khoảng 2.300 tấn ống HDPE.")
    assert _by_value(text, published="2024-11-21")[2300].location == "Long Hồ"
    # (or said where it is, `ở huyện`)
    text = text.replace("(Khu công nghiệp Hòa Phú, huyện Long Hồ), cho", "ở huyện Long Hồ cho")
    assert _by_value(text, published="2024-11-21")[2300].location == "Long Hồ"


def test_a_fishing_rod_is_counted_the_verb_to_need_is_not() -> None:
    # (`cần câu`, a fishing rod, after a number is what it counts; `cần` alone before an amount is the verb)
    found = _by_value("Mỗi tháng xưởng bán khoảng 4.200 cần câu, giá 350.000 đồng/chiếc.")
    assert (found[4200].unit, found[4200].kind) == ("cần câu", "count")
    found = _by_value("Tỉnh cần 200 tỷ đồng để làm đường.")
    assert found[200_000_000_000].unit == "đồng"
