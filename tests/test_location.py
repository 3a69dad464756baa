"""Where a figure is: the location decisions of dtextract.context, on sentences written for these tests."""
from __future__ import annotations

import pytest

from dtextract.pipeline import extract


def where(text: str, number: str, **kwargs: object) -> str | None:
    """The location of the figure whose text starts with ``number``."""
    doc = extract(text, **kwargs)  # type: ignore[arg-type]
    hits = [f for f in doc.figures if f.text.startswith(number) or number in f.text]
    assert hits, [f.text for f in doc.figures]
    return hits[0].location


PROVINCIAL = ("UBND tỉnh tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2023 của tỉnh.\n"
              "Năm 2023, toàn tỉnh có 1.250 doanh nghiệp thành lập mới, tăng 8% so với năm trước.")


def test_an_unnamed_province_is_null_not_the_country() -> None:
    assert where(PROVINCIAL, "1.250") is None


def test_the_users_location_fills_in() -> None:
    assert where(PROVINCIAL, "1.250", default_location="Gia Lai") == "Gia Lai"


def test_the_users_location_does_not_override_a_named_place() -> None:
    text = "UBND tỉnh Sơn La tổ chức hội nghị tổng kết năm 2023 của tỉnh.\nNăm 2023, toàn tỉnh có 640 hợp tác xã."
    assert where(text, "640", default_location="Gia Lai") == "Sơn La"


@pytest.mark.parametrize(("head", "province"), [
    ("(QNO) - Chiều qua, UBND tỉnh họp phiên thường kỳ tháng 10 với các sở, ngành.", "Quảng Nam"),
    ("BDK.VN - Sáng nay, UBND tỉnh họp phiên thường kỳ tháng 10 với các sở, ngành.", "Bến Tre"),
    ("(Baothanhhoa.vn) - Sáng nay, UBND tỉnh họp phiên thường kỳ tháng 10 với các sở, ngành.", "Thanh Hóa"),
    ("Báo Gia Lai - Sáng nay, UBND tỉnh họp phiên thường kỳ tháng 10 với các sở, ngành.", "Gia Lai"),
])
def test_a_provincial_papers_tag_names_its_province(head: str, province: str) -> None:
    text = head + "\nTheo báo cáo, 10 tháng qua toàn tỉnh thu ngân sách được 9.870 tỷ đồng."
    assert where(text, "9.870") == province


def test_a_count_of_provinces_is_national_before_the_list() -> None:
    text = ("Bộ Nội vụ công bố kết quả chỉ số cải cách hành chính năm 2023 của các địa phương trong cả nước.\n"
            "Năm 2023, có 15 địa phương đạt điểm trên 85, gồm Quảng Ninh, Hải Phòng, Bắc Ninh và Đồng Tháp.")
    assert where(text, "15 địa phương") == "Việt Nam"


def test_the_country_first_then_a_province_with_its_own_figure() -> None:
    text = ("Trong quý I/2024, cả nước thu hút 4,6 tỷ USD vốn đầu tư nước ngoài, trong đó Bắc Ninh dẫn đầu "
            "với 1,2 tỷ USD, chiếm 26% tổng vốn.")
    assert where(text, "4,6") == "Việt Nam"
    assert where(text, "1,2") == "Bắc Ninh"


def test_list_items_are_their_own_places() -> None:
    text = ("Tỷ lệ giải ngân vốn đầu tư công đến hết tháng 9 của một số địa phương cao nhất cả nước là "
            "Long An (61,2%), Tây Ninh (58,4%) và Bến Tre (57,1%).")
    assert [where(text, n) for n in ("61,2", "58,4", "57,1")] == ["Long An", "Tây Ninh", "Bến Tre"]


def test_a_yardstick_is_not_the_place() -> None:
    text = "Tỷ lệ hộ nghèo của tỉnh Lào Cai năm 2023 còn 9,5%, cao hơn nhiều so với mức bình quân cả nước."
    assert where(text, "9,5") == "Lào Cai"


# the yardstick's own figure, in a bracket right after it, is the country's (or the whole sector's)
YARDSTICK_VALUES = [
    ("Tỉnh Nghệ An: GRDP năm 2023 tăng 6,2%, cao hơn mức bình quân cả nước (5,05%).", "5,05", "Việt Nam"),
    ("Tỉnh Nghệ An: GRDP năm 2023 tăng 6,2%, cao hơn mức bình quân cả nước (5,05%).", "6,2", "Nghệ An"),
    ("Dư nợ cho vay của tỉnh Quảng Ninh tăng 8,1%, cao hơn mức tăng chung toàn ngành (7,4%).", "7,4", "Việt Nam"),
    ("Dư nợ cho vay của tỉnh Quảng Ninh tăng 8,1%, cao hơn mức tăng chung toàn ngành (7,4%).", "8,1", "Quảng Ninh"),
    ("Nợ xấu tại tỉnh Bắc Giang chiếm 0,74%, thấp hơn tỷ lệ nợ xấu của toàn hệ thống (khoảng 4,5%).", "4,5",
     "Việt Nam"),
    ("Thu nhập bình quân của tỉnh Bình Dương đạt 95 triệu đồng, cao hơn trung bình toàn quốc (74,6 triệu đồng).",
     "74,6", "Việt Nam"),
    ("Tỉnh Đồng Nai: tỷ lệ hồ sơ trực tuyến đạt 62%, cao hơn mức bình quân cả nước (48%).", "48", "Việt Nam"),
    ("Tỉnh Đồng Nai: tỷ lệ hồ sơ trực tuyến đạt 62%, cao hơn mức bình quân cả nước (48%).", "62", "Đồng Nai"),
    ("Tỉnh Hà Giang có tỷ lệ hộ nghèo 22%, gấp nhiều lần bình quân chung (2,93%).", "2,93", "Việt Nam"),
    ("Tỉnh Lào Cai năm 2023: tỷ lệ che phủ rừng đạt 45%, cao hơn mức của toàn vùng (38%).", "38", "Lào Cai"),
    ("Tỉnh Cà Mau có 15 dự án (4.200 tỷ đồng) trong năm nay, cả nước có 300 dự án.", "4.200", "Cà Mau"),
]


@pytest.mark.parametrize(("text", "number", "place"), YARDSTICK_VALUES)
def test_a_yardsticks_own_figure_is_national(text: str, number: str, place: str) -> None:
    assert where(text, number) == place


def test_a_rank_in_the_country_is_the_provinces() -> None:
    text = "Chỉ số năng lực cạnh tranh cấp tỉnh năm 2022 của Quảng Ninh xếp thứ 1 toàn quốc với 73,02 điểm."
    assert where(text, "73,02") == "Quảng Ninh"


def test_respectively_pairs_places_and_figures() -> None:
    text = "Năm 2023, Hải Phòng và Cần Thơ lần lượt đạt 82,5 điểm và 79,1 điểm về chỉ số hài lòng."
    assert where(text, "82,5") == "Hải Phòng"
    assert where(text, "79,1") == "Cần Thơ"


def test_a_ministrys_own_figure_is_national() -> None:
    text = ("Bảng xếp hạng năm 2023 có nhiều thay đổi so với năm trước ở cả hai khối.\n"
            "Trong khối bộ, ngành, Bộ Tài chính dẫn đầu với 91,2 điểm, tiếp theo là Ngân hàng Nhà nước.")
    assert where(text, "91,2") == "Việt Nam"


def test_of_viet_nam_is_national_but_a_name_with_viet_nam_is_not() -> None:
    text = "Tháng 8/2023, kim ngạch xuất khẩu của Việt Nam đạt 35 tỷ USD, tăng 7% so với tháng trước."
    assert where(text, "35 tỷ") == "Việt Nam"
    text = ("UBND tỉnh Kon Tum họp phiên thường kỳ tháng 11 với các sở, ngành của tỉnh.\n"
            "Ủy ban MTTQ Việt Nam tỉnh đã vận động được 3,2 tỷ đồng ủng hộ quỹ vì người nghèo.")
    assert where(text, "3,2") == "Kon Tum"


def test_this_province_points_back() -> None:
    text = ("Kết quả chỉ số hài lòng năm 2023 cho thấy Ninh Bình tiếp tục dẫn đầu khu vực.\n"
            "Với 92,4% người dân hài lòng, tỉnh này vượt qua nhiều địa phương lớn.")
    assert where(text, "92,4") == "Ninh Bình"


def test_a_district_in_the_figures_own_clause_is_its_place() -> None:
    # FIGURES.md: location is "the province, city or district the figure describes"
    text = ("UBND tỉnh Bắc Giang tổ chức hội nghị tổng kết ngành nông nghiệp năm 2023 của tỉnh.\n"
            "Năm 2023, riêng huyện Lục Ngạn có 28.000 ha vải thiều, cho sản lượng cao nhất từ trước đến nay.")
    assert where(text, "28.000") == "Lục Ngạn"


def test_a_district_named_before_the_figures_sentence_stands_for_its_province() -> None:
    text = ("UBND tỉnh Bắc Giang tổ chức hội nghị tổng kết ngành nông nghiệp năm 2023 tại huyện Lục Ngạn.\n"
            "Năm 2023, sản lượng vải thiều đạt 180.000 tấn, cao nhất từ trước đến nay.")
    assert where(text, "180.000") == "Bắc Giang"


def test_a_district_implies_its_province_even_unnamed() -> None:
    text = ("UBND tỉnh tổ chức hội nghị tổng kết ngành nông nghiệp năm 2023 của tỉnh.\n"
            "Năm 2023, huyện Lục Ngạn có 28.000 ha vải thiều, toàn tỉnh có 31.000 ha.")
    assert where(text, "31.000") == "Bắc Giang"


def test_an_article_about_a_district_is_placed_there() -> None:
    text = ("Văn Lâm: thu ngân sách năm 2023 vượt dự toán\n\n"
            "Năm 2023, huyện Văn Lâm thu ngân sách đạt 1.540 tỷ đồng, vượt 20% dự toán được giao.\n"
            "Trong đó, thu nội địa đạt 1.100 tỷ đồng.")
    assert where(text, "1.540") == "Văn Lâm"
    assert where(text, "1.100") == "Văn Lâm"


def test_after_2025_a_district_names_the_merged_province() -> None:
    text = ("Sở Nông nghiệp tỉnh cho biết vụ vải năm nay của tỉnh đạt sản lượng cao, giá bán ổn định.\n"
            "Năm 2025, vùng vải huyện Lục Ngạn (cũ) cho sản lượng 190.000 tấn.")
    assert where(text, "190.000", published="2025-08-01") == "Bắc Ninh"


def test_an_article_comparing_provinces_is_national_where_it_names_none() -> None:
    text = ("Theo báo cáo mới công bố, chỉ số chuyển đổi số năm 2023 có nhiều biến động lớn.\n"
            "Đà Nẵng dẫn đầu, tiếp theo là Thừa Thiên Huế và Lạng Sơn.\n"
            "Giá trị trung bình của chỉ số cấp tỉnh năm 2023 là 0,6783.")
    assert where(text, "0,6783") == "Việt Nam"


def test_nothing_named_is_null() -> None:
    assert where("Doanh thu đạt 500 tỷ đồng trong năm 2023.", "500") is None


def test_a_national_opening_wins_over_a_province_named_later_in_the_lead() -> None:
    text = ("Xuất khẩu thủy sản 6 tháng đạt 4,4 tỷ USD\n\n"
            "Theo Bộ Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, kim ngạch xuất khẩu thủy sản "
            "ước đạt 4,4 tỷ USD, tăng 7%. Trong đó, Cà Mau xuất khẩu 0,6 tỷ USD.\n"
            "Giá tôm bình quân tăng 5%.")
    assert where(text, "0,6") == "Cà Mau"
    assert where(text, "5%") == "Việt Nam"


# A district, town or city named in the figure's own clause or list item is the figure's place (FIGURES.md:
# "the province, city or district the figure describes"; a list item that is a district is its location).
OWN_DISTRICTS = [
    ("Bình Định ghi nhận 2.148 ca sốt xuất huyết, cao nhất là thị xã Hoài Nhơn (412 ca), thành phố Quy Nhơn "
     "(385 ca).", "385", "Quy Nhơn"),
    ("Số ca sốt xuất huyết cao nhất thuộc huyện Tuy Phước (120 ca), thị xã An Nhơn (95 ca).", "95", "An Nhơn"),
    ("Thành phố Nha Trang vẫn là điểm đến chính với hơn 2,4 triệu lượt khách.", "2,4", "Nha Trang"),
    ("Tỉnh Nghệ An có 178 người chết vì tai nạn giao thông; nhiều nhất là huyện Diễn Châu 17 người, thị xã "
     "Hoàng Mai 14 người.", "14", "Hoàng Mai"),
    ("Tỷ lệ giải ngân của tỉnh Hậu Giang đạt 82%; cao nhất là huyện Châu Thành A (88,5%), thành phố Vị Thanh "
     "(85,1%).", "85,1", "Vị Thanh"),
    ("Năm 2024, huyện Mỹ Xuyên có diện tích lúa lớn nhất với 22.300 ha.", "22.300", "Mỹ Xuyên"),
    ("Tỉnh Lâm Đồng đón 4,1 triệu lượt khách, riêng thành phố Đà Lạt đón 3,2 triệu lượt khách.", "3,2", "Đà Lạt"),
    ("Tỉnh Lâm Đồng đón 4,1 triệu lượt khách, riêng thành phố Đà Lạt đón 3,2 triệu lượt khách.", "4,1", "Lâm Đồng"),
    ("Quảng Ninh thu hút 15 triệu lượt khách; thành phố Hạ Long đạt 9 triệu lượt.", "9 triệu", "Hạ Long"),
    # a district in another clause, or named only before the sentence, stands for its province
    ("Năm 2024 tỉnh Thanh Hóa có 6.500 doanh nghiệp mới; huyện Quảng Xương nâng cấp 12 km đường.", "6.500",
     "Thanh Hóa"),
    ("Sóc Trăng gieo trồng 141.200 ha lúa. Huyện Mỹ Xuyên chuẩn bị giống tốt. Toàn tỉnh thu hoạch 966.000 tấn lúa.",
     "966.000", "Sóc Trăng"),
]


@pytest.mark.parametrize("text,number,place", OWN_DISTRICTS)
def test_a_district_in_its_figures_clause_is_the_place(text, number, place):
    assert where(text, number, published="2024-07-15") == place


# `Cả nước`, `Toàn quốc` opening a sentence mark the country as surely as in lower case.
@pytest.mark.parametrize("text,number", [
    ("Cả nước có 1.061.605 thí sinh đăng ký dự thi.", "1.061.605"),
    ("Toàn quốc có 12.000 trường học đạt chuẩn.", "12.000"),
    ("Báo cáo của tỉnh Nam Định cho biết nhiều kết quả. Cả nước có 150.000 doanh nghiệp thành lập mới.", "150.000"),
])
def test_a_capitalised_national_marker_is_the_country(text, number):
    assert where(text, number) == "Việt Nam"


# A headline that ranks one province against the country (`Nam Định dẫn đầu cả nước`) over a lead about the
# country's results is a national article: its unplaced figures are the country's.
RANKED_HEADLINES = [
    "Thi tốt nghiệp 2024: Nam Định dẫn đầu cả nước về điểm trung bình",
    "Bắc Ninh đứng đầu toàn quốc về chỉ số năng lực cạnh tranh",
    "Quảng Ninh xếp thứ nhất cả nước về chỉ số cải cách hành chính",
    "Công bố chỉ số chuyển đổi số cấp tỉnh năm 2023: Đà Nẵng giữ vị trí dẫn đầu",
]


@pytest.mark.parametrize("headline", RANKED_HEADLINES)
def test_a_headline_ranking_a_province_in_a_national_report(headline):
    text = (f"{headline}\n\nBộ Giáo dục và Đào tạo vừa công bố kết quả năm 2024. Cả nước có 1.061.605 thí sinh "
            "đăng ký dự thi.\n\nNăm nay có 44.024 thí sinh tự do.")
    assert where(text, "44.024") == "Việt Nam"


def test_a_headline_ranking_a_province_in_its_own_report_stays_provincial():
    text = ("Nam Định dẫn đầu cả nước về điểm thi tốt nghiệp\n\nNăm 2024, toàn tỉnh có 19.800 thí sinh dự thi, "
            "điểm trung bình cao nhất cả nước.\n\nTỉnh có 320 thí sinh đạt điểm 10.")
    assert where(text, "320") == "Nam Định"


def test_a_plural_prefix_governs_every_name_of_its_list():
    text = "Các huyện Lạc Dương, Đức Trọng và thành phố Bảo Lộc lần lượt đón 312.000, 205.000 và 186.000 lượt khách."
    assert [where(text, n, published="2024-07-01") for n in ("312.000", "205.000", "186.000")] == \
        ["Lạc Dương", "Đức Trọng", "Bảo Lộc"]


# A dateline (`Hà Nội, ngày 02/12/2024 - …`, on its own line or opening the lead) gives the publication date
# and says where the article was filed: its place is no figure's place and its date no figure's period.
DATELINES = [
    ("Vốn FDI 11 tháng đạt 31 tỷ USD\n\nHà Nội, ngày 02/12/2024 - Theo Cục Đầu tư nước ngoài, tổng vốn đăng ký "
     "đầu tư nước ngoài vào Việt Nam đạt gần 31,4 tỷ USD, tăng 1% so với cùng kỳ.", "31,4", "Việt Nam", "2024-12-02"),
    ("Tiêu đề\n\nHà Nội, ngày 06/10/2025\n\nCả nước có 3.035 dự án mới.", "3.035", "Việt Nam", "2025-10-06"),
    ("Tin hợp tác xã\n\nNam Định, ngày 10/3/2024 - Năm 2023, toàn tỉnh có 120 hợp tác xã được thành lập mới, tăng 12% "
     "so với năm trước.", "120", "Nam Định", "2024-03-10"),
]


@pytest.mark.parametrize("text,number,place,published", DATELINES)
def test_a_dateline_is_where_and_when_the_article_was_filed(text, number, place, published):
    doc = extract(text)
    assert str(doc.published) == published
    fig = next(f for f in doc.figures if f.text.startswith(number))
    assert fig.location == place
    assert fig.period is None or fig.period.text != f"ngày {published}"


def test_a_dateline_date_is_no_period():
    doc = extract("Tiêu đề\n\nNam Định, ngày 10/3/2024 - Tỉnh có 120 hợp tác xã.")
    assert [f.period for f in doc.figures] == [None]


@pytest.mark.parametrize("pillar,number", [
    ("- Chính phủ số đạt 8,6 điểm, xếp thứ 4 toàn quốc.", "8,6"),
    ("- Trụ cột Chính phủ điện tử đạt 0,82 điểm.", "0,82"),
    ("Về chính phủ số, tỉnh đạt 0,79 điểm.", "0,79"),
])
def test_digital_government_is_a_pillar_not_the_government(pillar: str, number: str) -> None:
    # `Chính phủ số`/`Chính phủ điện tử` name a pillar of a province's digital transformation index; only the
    # Government itself makes a figure national
    text = ("Bình Định: Chỉ số chuyển đổi số năm 2024 tăng 5 bậc\n\n"
            "Năm 2024, chỉ số chuyển đổi số của tỉnh Bình Định đạt 0,71 điểm. Cụ thể:\n\n" + pillar + "\n")
    assert where(text, number) == "Bình Định"
    assert where("Chính phủ giao chỉ tiêu giải ngân 95% vốn đầu tư công năm 2024.", "95%") == "Việt Nam"


@pytest.mark.parametrize("lead,number,place", [
    ("Theo Cảng vụ Hàng hải Quy Nhơn, sản lượng hàng hóa qua cảng biển của tỉnh Bình Định đạt 15 triệu tấn.",
     "2,1", "Bình Định"),
    ("Theo Chi cục Hải quan cửa khẩu Móng Cái, kim ngạch qua các cửa khẩu của tỉnh Quảng Ninh đạt 2,3 tỷ USD.",
     "2,1", "Quảng Ninh"),
    ("Công ty Điện lực Tuy Phước cho biết, sản lượng điện thương phẩm của tỉnh Bình Định đạt 3,1 tỷ kWh.",
     "2,1", "Bình Định"),
])
def test_a_district_in_an_agencys_name_is_not_the_articles_place(lead: str, number: str, place: str) -> None:
    # the agency's name holds a district; the opening names the province: figures with no place of their own
    # later in the article are the province's
    text = "Ngày 08/10/2024\n\n" + lead + "\n\nRiêng mặt hàng dăm gỗ đạt gần 2,1 triệu tấn.\n"
    assert where(text, number) == place


def test_a_district_article_stays_the_districts() -> None:
    text = ("Đà Lạt: Tỷ lệ giải quyết hồ sơ đúng hạn đạt 99,6%\n\n"
            "Năm 2023, UBND thành phố Đà Lạt tiếp nhận 45.210 hồ sơ thủ tục hành chính, giải quyết đúng hạn 99,6%.\n\n"
            "Riêng lĩnh vực đất đai có 12.300 hồ sơ.\n")
    assert where(text, "12.300") == "Đà Lạt"


@pytest.mark.parametrize("text,number,place", [
    ("Tỉnh Đồng Nai có 146 dự án. Tại thành phố Biên Hòa, giá căn hộ từ 32 đến 45 triệu đồng/m2.", "32", "Biên Hòa"),
    ("Tỉnh Lâm Đồng đón 5 triệu lượt khách. Ở thành phố Đà Lạt, công suất phòng đạt 70%.", "70%", "Đà Lạt"),
    ("Tỉnh Bình Định có 12 khu công nghiệp. Riêng tại thị xã An Nhơn, có 3 cụm công nghiệp.", "3 cụm", "An Nhơn"),
])
def test_a_sentence_that_opens_at_a_district_speaks_of_it(text: str, number: str, place: str) -> None:
    assert where(text, number) == place


@pytest.mark.parametrize("text,number,place", [
    ("Tỉnh Sơn La giải ngân đạt 58%, dẫn đầu là huyện Mộc Châu (71,5%), tiếp đến là Yên Châu (66,2%) và Mai Sơn "
     "(62,9%).", "66,2", "Yên Châu"),
    ("Tỉnh Sơn La giải ngân đạt 58%, dẫn đầu là huyện Mộc Châu (71,5%), tiếp đến là Yên Châu (66,2%) và Mai Sơn "
     "(62,9%).", "62,9", "Mai Sơn"),
    ("Tỷ lệ tiêm chủng cao nhất ở huyện Đức Trọng (99,2%), Lâm Hà (98,7%).", "98,7", "Lâm Hà"),
])
def test_items_after_a_prefixed_district_are_its_provinces_districts(text: str, number: str, place: str) -> None:
    # a list opened by a prefixed district names the next districts of the same province without their prefix
    assert where(text, number) == place


def test_a_dateline_with_the_date_in_words_is_no_headline_place() -> None:
    text = ("Hà Nội, ngày 8 tháng 10 năm 2024 - Tổng cục Thống kê công bố số liệu lao động quý III. Cả nước có 51,9 "
            "triệu lao động có việc làm, tăng 1,2% so với cùng kỳ.\n\nTỷ lệ thất nghiệp là 2,24%.\n")
    assert where(text, "2,24") == "Việt Nam"


@pytest.mark.parametrize("lead", [
    "Thu ngân sách nhà nước trên địa bàn tỉnh Đồng Tháp đạt 7.315 tỷ đồng, đạt 104,5% dự toán Trung ương giao.",
    "Tỉnh Đồng Tháp có 412 trường, trong đó 300 trường đạt chuẩn quốc gia, tăng 12 trường so với năm trước.",
    "Vốn chương trình mục tiêu quốc gia giảm nghèo của tỉnh Đồng Tháp được giải ngân 96% kế hoạch năm 2024.",
])
def test_a_provinces_budget_schools_and_programmes_are_not_national(lead: str) -> None:
    # the centre setting a province's budget, a school of national standard and a national programme do not make
    # the province's report national
    text = "Báo cáo kinh tế - xã hội\n\n" + lead + "\n\nChi ngân sách địa phương đạt 9.120 tỷ đồng.\n"
    assert where(text, "9.120") == "Đồng Tháp"


@pytest.mark.parametrize("text,number,place", [
    ("Năm 2024, toàn tỉnh Thái Bình gieo trồng 35.000 ha cây vụ đông. Các huyện có diện tích vụ đông lớn gồm: Hưng Hà "
     "3.850 ha, Đông Hưng 3.120 ha và Vũ Thư 2.900 ha.", "3.120", "Đông Hưng"),
    ("Năm 2024, toàn tỉnh Thái Bình gieo trồng 35.000 ha cây vụ đông. Các huyện có diện tích vụ đông lớn gồm: Hưng Hà "
     "3.850 ha, Đông Hưng 3.120 ha và Vũ Thư 2.900 ha.", "2.900", "Vũ Thư"),
    ("Tỉnh Lào Cai trồng mới 4.200 ha rừng. Các huyện trồng rừng nhiều: Văn Bàn 1.960 ha, Bảo Yên 1.020 ha.",
     "1.020", "Bảo Yên"),
    ("Tỉnh Lào Cai trồng mới 4.200 ha rừng. Các huyện trồng rừng nhiều: Văn Bàn 1.960 ha, Bảo Yên 1.020 ha.",
     "4.200", "Lào Cai"),
])
def test_names_listed_after_a_plural_level_are_districts(text: str, number: str, place: str) -> None:
    assert where(text, number) == place


@pytest.mark.parametrize("head,place", [
    ("Sở Kế hoạch và Đầu tư tỉnh Đồng Tháp", "Đồng Tháp"),
    ("UBND tỉnh Lào Cai", "Lào Cai"),
    ("Cục Thống kê tỉnh Thái Bình", "Thái Bình"),
])
def test_a_provincial_body_heading_the_article_gives_its_province(head: str, place: str) -> None:
    text = (head + "\nNgày đăng: 03/12/2024\n\nBÁO CÁO NHANH TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 11 NĂM 2024\n\n"
            "Trong tháng 11/2024, các ngành, các cấp tập trung thực hiện quyết liệt các nhiệm vụ phát triển kinh tế.\n\n"
            "Chỉ số sản xuất công nghiệp tăng 7,9% so với cùng kỳ.\n")
    assert where(text, "7,9") == place


# `của tỉnh`, `toàn tỉnh` speak of the province the passage is about: a province named only as an item of a comparison,
# with its own figure in brackets, is not it; nor is one named in an earlier paragraph of an article about another.
COMPARED = ("Thái Nguyên: chỉ số phục vụ người dân tăng mạnh\n\n"
            "Năm 2026, tỉnh Thái Nguyên đạt 91,84 điểm, xếp thứ 3. Dẫn đầu là Quảng Ninh (93,1 điểm), tiếp theo là "
            "Hà Nam (92,06 điểm).\n\n"
            "Trong 6 tháng, hệ thống một cửa của tỉnh tiếp nhận 412.630 hồ sơ.\n\n"
            "Tỷ lệ bao phủ của tỉnh thấp hơn Long An (94,2%). Đến năm 2030, tỉnh phấn đấu đạt 98% dân số.\n\n"
            "Cùng khu vực, tỉnh Bắc Giang có 3.100 doanh nghiệp, toàn tỉnh có 45 khu dân cư kiểu mẫu.")


@pytest.mark.parametrize("number,place", [
    ("412.630", "Thái Nguyên"),      # the last province named, Hà Nam, is an item with its own figure
    ("92,06", "Hà Nam"),             # which keeps its own place
    ("98%", "Thái Nguyên"),          # Long An (94,2%) is compared, not spoken of
    ("94,2", "Long An"),
    ("45 khu", "Bắc Giang"),         # a province named in the figure's own paragraph, not as an item, is spoken of
])
def test_the_province_spoken_of_is_not_one_only_compared(number: str, place: str) -> None:
    assert where(COMPARED, number) == place


def test_a_new_paragraph_speaks_of_the_articles_province() -> None:
    text = ("Nghệ An: thu ngân sách vượt dự toán\n\nNăm 2024, tỉnh Nghệ An thu 21.000 tỷ đồng. Cùng kỳ, tỉnh Hà Tĩnh "
            "thu 14.500 tỷ đồng.\n\nNăm 2025, tỉnh phấn đấu thu 23.000 tỷ đồng.")
    assert where(text, "23.000") == "Nghệ An"
    assert where(text, "14.500") == "Hà Tĩnh"


# A district that a bracket gives to the place before it (`Xã Sơn Vĩ (huyện Mèo Vạc) có …`), or that opens the sentence
# after `Tại`/`Ở` and a few words (`Tại các xã vùng cao thuộc huyện Bắc Yên,`), is the place of the sentence, `;` and all.
DISTRICT_OPENED = "Tỉnh Sơn La có 12 huyện, thành phố.\n\n"


@pytest.mark.parametrize("sentence,number,place", [
    ("Xã Chiềng Khương (huyện Sông Mã) có 21 bản thì 19 bản đã có đường ô tô.", "21", "Sông Mã"),
    ("Tại các xã vùng cao thuộc huyện Bắc Yên, giá nước khoảng 50.000 đồng/m3.", "50.000", "Bắc Yên"),
    ("Ở huyện Phù Yên, mô hình nuôi bò giúp 50 hộ thoát nghèo; thu nhập bình quân đạt 40 triệu đồng/hộ.", "40 triệu",
     "Phù Yên"),
    ("Ở huyện Phù Yên, mô hình nuôi bò giúp 50 hộ thoát nghèo; toàn tỉnh có 3.200 hộ nghèo.", "3.200", "Sơn La"),
])
def test_a_district_given_by_a_bracket_or_the_opening_is_the_sentences(sentence: str, number: str, place: str) -> None:
    assert where(DISTRICT_OPENED + sentence, number) == place


@pytest.mark.parametrize("text,number,place", [
    # a sentence that totals the country is national; a place among the country's best is not
    ("Sản xuất lúa của tỉnh Thái Bình năm 2024 đạt khá.\n\nTính chung cả nước, sản lượng lúa ước đạt 43,5 triệu tấn.",
     "43,5", "Việt Nam"),
    ("Tỉnh Thái Bình giải ngân đạt 95,2% kế hoạch, thuộc nhóm địa phương có tỷ lệ giải ngân cao nhất cả nước.", "95,2",
     "Thái Bình"),
    # the second figure of an item keeps the item's place
    ("Tỉnh Thái Bình.\n\nCác đơn vị gồm: Công an huyện Vũ Thư phá 58 vụ, 81 đối tượng; Công an huyện Kiến Xương phá 40 "
     "vụ, 52 đối tượng.", "81", "Vũ Thư"),
    ("Tỉnh Thái Bình.\n\nCác đơn vị gồm: Công an huyện Vũ Thư phá 58 vụ, 81 đối tượng; Công an huyện Kiến Xương phá 40 "
     "vụ, 52 đối tượng.", "52", "Kiến Xương"),
    ("Tỉnh Lâm Đồng.\n\nHuyện Đức Trọng có 28.000 ha cà phê, toàn tỉnh có 31.000 ha.", "31.000", "Lâm Đồng"),
])
def test_national_totals_rankings_and_items_of_figures(text: str, number: str, place: str) -> None:
    assert where(text, number) == place


def test_a_dateline_places_an_article_whose_lead_names_no_place() -> None:
    text = ("Sân bay đón gần 2,1 triệu lượt hành khách trong 10 tháng\n\nHải Phòng, ngày 05/11/2024\n\n"
            "Theo Cảng hàng không quốc tế Cát Bi, 10 tháng năm 2024, sản lượng hành khách thông qua cảng đạt gần 2,1 "
            "triệu lượt, tăng 12,4% so với cùng kỳ năm 2023.")
    assert where(text, "2,1") == "Hải Phòng"
    # a lead about national bodies stays national
    national = ("Xuất khẩu 10 tháng tăng mạnh\n\nHà Nội, ngày 05/11/2024\n\nTheo Bộ Công Thương, 10 tháng năm 2024, "
                "kim ngạch xuất khẩu cả nước đạt 335 tỷ USD.")
    assert where(national, "335") == "Việt Nam"


def test_a_district_bracketed_after_an_opening_commune_is_the_sentences() -> None:
    text = "Tỉnh Sơn La trồng rừng.\n\nTại xã Mường Bú (huyện Mường La), người dân trồng mới 12,5 ha rừng."
    assert where(text, "12,5") == "Mường La"


LAM_DONG = "Đà Lạt, ngày 3/9/2024 - Sở Xây dựng tỉnh Lâm Đồng kiểm tra tiến độ dự án tại huyện Đức Trọng.\n"


@pytest.mark.parametrize("paragraph,number,place", [
    # `huyện`, `thị xã` not followed by a name speak of the district named last
    ("Đoạn tuyến qua địa bàn huyện dài 12,5 km.", "12,5 km", "Đức Trọng"),
    ("Theo Hội đồng bồi thường huyện, dự án có 640 hộ bị ảnh hưởng.", "640", "Đức Trọng"),
    ("Tổng kinh phí bồi thường là 320 tỷ đồng. Huyện đã chi trả 250 tỷ đồng.", "320 tỷ", "Đức Trọng"),
    ("Toàn huyện có 1.200 hộ nghèo.", "1.200", "Đức Trọng"),
    # a count or a class of districts is no reference to one
    ("Toàn tỉnh có 12 huyện, thành phố với 1.300.000 dân.", "1.300.000", "Lâm Đồng"),
    ("Ngân sách cấp huyện chi 85 tỷ đồng cho giáo dục.", "85 tỷ", "Lâm Đồng"),
    ("Các huyện miền núi có 4.500 hộ nghèo.", "4.500", "Lâm Đồng"),
])
def test_a_bare_district_word_speaks_of_the_district_named_last(paragraph: str, number: str, place: str) -> None:
    assert where(LAM_DONG + "\n" + paragraph, number) == place


@pytest.mark.parametrize("sentence,number,place", [
    # a district that opens the sentence is its place past its commas
    ("Huyện Vũ Quang là địa phương có tỷ lệ hộ nghèo cao nhất, ở mức 9,5%.", "9,5%", "Vũ Quang"),
    ("Thị xã Ninh Hòa bàn giao 95% mặt bằng, còn 38 hộ chưa nhận tiền bồi thường.", "38 hộ", "Ninh Hòa"),
    # but not when the clause after the comma speaks of the province
    ("Huyện Quỳ Hợp có 1.200 hộ nghèo, toàn tỉnh có 25.400 hộ nghèo.", "25.400", "Nghệ An"),
])
def test_a_district_opening_the_sentence_places_its_later_clauses(sentence: str, number: str, place: str) -> None:
    assert where("Nghệ An, ngày 5/1/2025 - Tình hình kinh tế - xã hội của tỉnh Nghệ An năm 2024.\n\n" + sentence,
                 number) == place


@pytest.mark.parametrize("text,number,place", [
    # a bullet labelled with a district is that district's
    ("Nghệ An, ngày 25/10/2024 - Kết quả tiêm phòng của tỉnh.\n\nMột số địa phương có kết quả cao:\n"
     "+ Huyện Yên Thành: tiêm 248.600 liều, đạt 98,1% kế hoạch;\n+ Thị xã Thái Hòa: tiêm 64.300 liều.", "64.300", "Thái Hòa"),
    # `riêng tại huyện X,` after a `;` opens the district's clause
    ("Nghệ An, ngày 25/10/2024 - Tổng số tiền chi trả của tỉnh năm 2024 là 180 tỷ đồng; riêng tại huyện Quỳ Châu, "
     "số tiền chi trả đạt 42 tỷ đồng.", "42 tỷ", "Quỳ Châu"),
])
def test_bullet_labels_and_clauses_opened_by_a_district(text: str, number: str, place: str) -> None:
    assert where(text, number) == place


BANKS = ("Tín dụng toàn ngành tăng 5,9% sau 8 tháng\n\n"
         "Theo Ngân hàng Nhà nước, tín dụng toàn nền kinh tế đạt khoảng 14,66 triệu tỷ đồng, tăng 5,9%.\n\n"
         "Trên địa bàn tỉnh Quảng Ninh, tổng dư nợ tín dụng đạt 168.450 tỷ đồng, tăng 7,2%, thấp hơn Hải Phòng "
         "(tăng 9,1%); tổng nguồn vốn huy động đạt 152.300 tỷ đồng.\n\n"
         "Trong đó, dư nợ cho vay doanh nghiệp nhỏ và vừa 34.120 tỷ đồng; nợ xấu ở mức 0,62% tổng dư nợ.")


@pytest.mark.parametrize("number,place", [
    ("9,1%", "Hải Phòng"),          # the compared province's own bracket
    ("152.300", "Quảng Ninh"),      # past the comparison, the sentence's own place
    ("34.120", "Quảng Ninh"),       # a paragraph opened by `Trong đó` goes on with the one before
    ("0,62%", "Quảng Ninh"),
    ("14,66", "Việt Nam"),
])
def test_comparisons_and_continued_paragraphs(number: str, place: str) -> None:
    assert where(BANKS, number) == place


def test_a_part_takes_the_whole_its_clause_names():
    doc = extract(BANKS)
    part = next(f for f in doc.figures if f.text.startswith("34.120"))
    assert part.total == 168450e9


def test_districts_before_lan_luot_each_take_their_figure_past_the_provinces_scope():
    text = ("Hà Giang, ngày 5/1/2025 - Các huyện Mèo Vạc, Đồng Văn và Yên Minh có tỷ lệ hộ nghèo cao nhất tỉnh "
            "Hà Giang, lần lượt là 41,2%, 38,5% và 30,1%.")
    assert [where(text, n) for n in ("41,2%", "38,5%", "30,1%")] == ["Mèo Vạc", "Đồng Văn", "Yên Minh"]


@pytest.mark.parametrize("published,province", [
    ("2025-03-10", "Bắc Giang"),     # before the mergers were in force: the old province
    ("2025-08-10", "Bắc Ninh"),      # after 1 July 2025: the province it merged into
])
def test_a_districts_province_follows_the_mergers_from_july_2025(published: str, province: str) -> None:
    text = "Huyện Lục Ngạn có 28.000 ha vải thiều.\n\nToàn huyện thu hoạch 180.000 tấn vải."
    doc = extract(text, published=published)
    assert doc.figures and all(f.location in ("Lục Ngạn", province) for f in doc.figures)
    assert _PROVINCE_OF(text, published) == province


def _PROVINCE_OF(text: str, published: str) -> str | None:
    from dtextract import api
    from dtextract.context import Context
    from dtextract.normalise import sentence_spans
    ctx = Context.of(text, text, sentence_spans(text), published=published, patterns=api.load_patterns())
    districts = [m for m in ctx.provinces if m.level == "district"]
    return districts[0].provinces[0] if districts else None


def test_places_after_lan_luot_pair_with_the_figures_after_voi():
    text = ("Gia Lai, ngày 5/12/2024 - Đàn bò phát triển mạnh.\n\nCác huyện có đàn bò lớn nhất lần lượt là Krông Pa, "
            "Ia Pa và Chư Sê với 12.000 con, 9.500 con và 7.200 con.")
    assert [where(text, n) for n in ("12.000", "9.500", "7.200")] == ["Krông Pa", "Ia Pa", "Chư Sê"]


def test_a_products_place_is_its_name_not_the_figures_place():
    text = ("An Giang, ngày 5/3/2024 - Giá vật tư nông nghiệp tuần qua.\n\n"
            "Tại tỉnh Long An, phân urê Cà Mau có giá 560.000 đồng/bao; urê Phú Mỹ giá 550.000 đồng/bao.")
    doc = extract(text)
    got = {f.text: (f.location, f.subject) for f in doc.figures}
    assert got["560.000 đồng"] == ("Long An", "giá phân urê Cà Mau")
    assert got["550.000 đồng"] == ("Long An", "giá urê Phú Mỹ")


def test_a_district_named_with_its_level_after_a_crop_is_a_place():
    text = "Năm 2024, vùng vải huyện Lục Ngạn cho sản lượng 190.000 tấn."
    assert where(text, "190.000", published="2024-08-01") == "Lục Ngạn"


def test_places_fronted_before_respectively_pair_with_its_figures() -> None:
    text = "Tại các huyện Krông Pắc và Ea Kar, tỷ lệ tiêm chủng lần lượt đạt 84,7% và 86,2%."
    assert where(text, "84,7") == "Krông Pắc"
    assert where(text, "86,2") == "Ea Kar"


def test_the_province_said_in_a_district_article_is_the_districts_province() -> None:
    text = ("Thạch Thành đẩy mạnh làm đường giao thông nông thôn\n\n"
            "Năm 2024, huyện Thạch Thành đã hoàn thành 14,7 km đường bê tông.\n\n"
            "Mức hỗ trợ xi măng của tỉnh là 420 tấn cho mỗi km. Huyện đã hỗ trợ thêm 2 tỷ đồng.")
    assert where(text, "14,7") == "Thạch Thành"
    assert where(text, "420") == "Thanh Hóa"
    assert where(text, "2 tỷ") == "Thạch Thành"


@pytest.mark.parametrize("text", [
    "Tại huyện Mộc Châu, tỉnh Sơn La, có 1.200 hộ trồng chè.",
    "Tại xã Tân Lập (huyện Mộc Châu), tỉnh Sơn La, công an đã bắt 3 đối tượng.",
])
def test_a_district_placed_by_its_province_is_the_place(text: str) -> None:
    assert where(text, "1.200" if "1.200" in text else "3 đối") == "Mộc Châu"


def test_a_place_named_only_to_compare_is_not_what_tinh_speaks_of_after_it() -> None:
    text = ("Ninh Bình tăng hạng di tích\n\nNinh Bình có 410 di tích được xếp hạng, đứng thứ 3 cả nước, sau Hà Nội và "
            "Bắc Ninh. Năm 2024, tỉnh xếp hạng thêm 9 di tích.")
    assert where(text, "9 di tích") == "Ninh Bình"


def test_a_compared_place_keeps_the_figure_of_its_own_bracket() -> None:
    text = ("Xuất khẩu của Hà Nam tăng mạnh\n\nSo với tỉnh Nam Định lân cận (kim ngạch đạt 300 triệu USD), "
            "Hà Nam đạt 420 triệu USD.")
    assert where(text, "300") == "Nam Định"
    assert where(text, "420") == "Hà Nam"


def test_a_figure_spread_over_a_list_of_places_after_it_is_none_of_theirs() -> None:
    text = ("Long An thu hút đầu tư\n\nNăm 2024, tỉnh thành lập mới 3 khu công nghiệp tại các huyện Đức Hòa, Cần Giuộc "
            "và Bến Lức.\n\nTỷ lệ hộ dùng nước sạch đạt 99% tại huyện Đức Hòa.")
    assert where(text, "3 khu") == "Long An"
    assert where(text, "99%") == "Đức Hòa"


def test_a_compared_place_keeps_the_figures_of_its_relative_clause() -> None:
    text = ("Nghệ An kiểm soát dịch\n\nTừ đầu năm, Nghệ An có 5 ổ dịch. So với tỉnh Thanh Hóa, nơi đã ghi nhận 3 ổ "
            "dịch, tình hình của Nghệ An phức tạp hơn.\n\nSo với tỉnh Hà Tĩnh, Nghệ An có 12 xã bị ảnh hưởng.")
    assert where(text, "5 ổ") == "Nghệ An"
    assert where(text, "3 ổ") == "Thanh Hóa"
    assert where(text, "12 xã") == "Nghệ An"


def test_a_commune_named_like_a_former_district_is_no_district() -> None:
    # since 2025 many communes bear the name of the district they replaced: `xã Cam Lộ` is a commune of Quảng Trị
    text = ("Quảng Trị, 05/09/2025\n\nXã Gio Linh hiện có 7.120 hộ với 27.300 người. "
            "Huyện Hải Lăng trước đây có 20 xã.")
    assert where(text, "7.120") == "Quảng Trị"
    assert where(text, "20 xã") == "Hải Lăng"


def test_a_word_saying_what_kind_of_district_stands_between_level_and_name() -> None:
    text = ("Nghệ An giảm nghèo\n\nCác huyện miền núi Kỳ Sơn, Tương Dương lần lượt có 410 hộ và 260 hộ tái nghèo.")
    assert where(text, "410") == "Kỳ Sơn"
    assert where(text, "260") == "Tương Dương"


def test_a_numbered_list_of_districts_names_its_items() -> None:
    text = ("Hà Giang có thêm sản phẩm OCOP\n\nNăm 2024, tỉnh có 21 sản phẩm mới ở 3 huyện: Quang Bình 9 sản phẩm, "
            "Vị Xuyên 7 sản phẩm, Bắc Mê 5 sản phẩm.")
    assert where(text, "9 sản") == "Quang Bình"
    assert where(text, "7 sản") == "Vị Xuyên"
    assert where(text, "5 sản") == "Bắc Mê"


def test_a_dateline_names_the_article_however_many_places_it_compares_with() -> None:
    text = ("Cảng hàng không Cát Bi đón 1,2 triệu lượt khách\n\nHải Phòng, ngày 15/10/2024 - Theo Cảng hàng không Cát "
            "Bi, 9 tháng năm 2024, cảng đã phục vụ 1,2 triệu lượt hành khách.\n\nĐường bay đi Hà Nội có 480.000 "
            "lượt khách, đi TP Hồ Chí Minh 390.000 lượt. Cùng kỳ, Cảng hàng không Đà Nẵng phục vụ 8,9 triệu lượt khách."
            "\n\nSố chuyến bay đạt 8.100 chuyến.")
    assert where(text, "8.100") == "Hải Phòng"


def test_a_place_that_opens_the_sentence_after_rieng_is_its_figures_place() -> None:
    text = ("Hà Tĩnh nâng tỷ lệ nước sạch\n\nNăm 2024, tỷ lệ hộ dùng nước sạch của tỉnh Hà Tĩnh đạt 92%. Riêng huyện "
            "Thạch Hà, tỷ lệ này đạt 99,7%.")
    assert where(text, "99,7") == "Thạch Hà"
    # (a place inside what `Riêng` singles out is no adverbial of place: `Riêng dịp Lễ hội Hoa Lư`)
    text = ("Ninh Bình đón khách đầu xuân\n\nTháng 2, tỉnh Ninh Bình đón 1,5 triệu lượt khách. Riêng dịp Lễ hội Hoa Lư, "
            "các điểm du lịch đón khoảng 850.000 lượt khách.")
    assert where(text, "850.000") == "Ninh Bình"


def test_a_ministry_funding_a_provinces_programme_is_no_national_figure() -> None:
    text = ("Hà Giang xóa nhà tạm\n\nĐể xóa nhà tạm ở tỉnh Hà Giang, Quỹ Vì người nghèo vận động 20 tỷ đồng; Bộ Quốc "
            "phòng hỗ trợ 12 tỷ đồng; các doanh nghiệp trong tỉnh đóng góp 5 tỷ đồng.\n\nBộ Công Thương dẫn đầu với "
            "83,48%.")
    assert where(text, "12 tỷ") == "Hà Giang"
    assert where(text, "5 tỷ") == "Hà Giang"
    assert where(text, "83,48") == "Việt Nam"


def test_a_lake_or_plant_named_after_a_place_is_no_place_of_the_article() -> None:
    text = ("Hồ Hòa Bình mở 4 cửa xả đáy\n\nPhú Thọ, ngày 9/9/2025 (BPT) – Theo Ban Chỉ huy phòng thủ dân sự tỉnh, mực "
            "nước hồ thủy điện Hòa Bình ở cao trình 115,6 m. Theo lệnh của Ban Chỉ đạo quốc gia, nhà máy mở thêm 1 cửa "
            "xả đáy.\n\nMực nước sông Đà tại hạ lưu có thể lên 14,2 m.")
    assert where(text, "115,6") == "Phú Thọ"
    assert where(text, "14,2") == "Phú Thọ"
    doc = extract(text)
    assert str(doc.published) == "2025-09-09"


def test_an_industrial_park_named_after_a_district_is_no_place_of_the_article() -> None:
    text = ("Khởi công 1.280 căn nhà ở xã hội tại KCN Yên Phong\n\nBắc Ninh, ngày 22/8/2024\n\nTại Khu công nghiệp Yên "
            "Phong (tỉnh Bắc Ninh), chủ đầu tư khởi công dự án với tổng mức đầu tư 1.150 tỷ đồng. Hiện các khu công "
            "nghiệp trên địa bàn tỉnh có hơn 352.000 lao động.")
    assert where(text, "1.280") == "Bắc Ninh"
    assert where(text, "352.000") == "Bắc Ninh"


def test_one_district_prefix_governs_the_names_joined_to_it() -> None:
    text = ("Tỷ lệ tiêm chủng đầy đủ toàn tỉnh Sơn La đạt 94,2%; huyện Mộc Châu và Yên Châu lần lượt đạt 96,1% và "
            "95,3%.")
    assert where(text, "96,1") == "Mộc Châu"
    assert where(text, "95,3") == "Yên Châu"
    assert where("Huyện Mộc Châu, Sơn La có 120 hợp tác xã.", "120") == "Mộc Châu"


def test_a_district_named_after_the_hamlet_and_commune_a_figure_is_found_in() -> None:
    text = ("Tỉnh Sơn La: Ngày 5/10, Công an phát hiện 3 đối tượng tàng trữ 2,5 kg ma túy tại bản Pá Hốc, xã Chiềng "
            "Khoa, huyện Vân Hồ.")
    assert where(text, "2,5") == "Vân Hồ"


def test_a_province_body_that_acts_in_a_district_leaves_the_figure_the_districts() -> None:
    text = ("Sơn La: Triệt phá đường dây ma túy\n\nNăm 2023, Công an tỉnh Sơn La phát hiện 1.126 vụ. Điển hình, ngày "
            "15/8/2023, tại bản Nà Sài, xã Long Hẹ, huyện Thuận Châu, Ban Chuyên án của Công an tỉnh đã bắt quả tang 3 "
            "đối tượng, thu giữ 60 bánh heroin.")
    assert where(text, "1.126") == "Sơn La"
    assert where(text, "3 đối tượng") == "Thuận Châu"
    # a scope of the province still is one
    assert where("Sơn La\n\nTại huyện Thuận Châu, toàn tỉnh có 12 xã đạt chuẩn.", "12") == "Sơn La"


def test_a_gauging_station_named_after_its_district_places_its_reading() -> None:
    """`tại trạm Bắc Hà` reads the weather in the district Bắc Hà; a station of a service (`trạm Y tế`) and a station
    whose name is no district (`trạm Kim Long`) name no district."""
    text = "Tỉnh Lào Cai có rét đậm. Nhiệt độ thấp nhất tại trạm Bắc Hà là 2,8°C; tại trạm Kim Long là 9,1°C."
    assert where(text, "2,8") == "Bắc Hà"
    assert where("Tỉnh Lào Cai có 164 trạm Y tế xã đạt chuẩn.", "164") == "Lào Cai"


def test_the_line_that_names_the_publishing_body_says_who_wrote_not_what_about() -> None:
    """`Sở Công Thương tỉnh Bắc Giang` under the headline of the country's trade figures: the lead's `cả nước` and the
    statistics office make them national, and only what the text places in the province is the province's; under a
    headline that names no place and a lead that names none either, the body's province is the article's."""
    national = ("Kim ngạch xuất nhập khẩu năm 2024 đạt kỷ lục\n\nThứ Hai, 13/01/2025 - 08:30\n\n"
                "Sở Công Thương tỉnh Bắc Giang\n\n"
                "Theo Tổng cục Thống kê, năm 2024 tổng kim ngạch xuất nhập khẩu của cả nước đạt 786,29 tỷ USD.\n\n"
                "Quý IV/2024, kim ngạch xuất khẩu đạt 107,6 tỷ USD.\n\n"
                "Tại tỉnh Bắc Giang, kim ngạch xuất khẩu năm 2024 đạt 32,5 tỷ USD.")
    assert where(national, "107,6") == "Việt Nam"
    assert where(national, "32,5") == "Bắc Giang"
    own = ("Khối lượng rác thải thu gom năm 2023\n\nSở Tài nguyên và Môi trường thành phố Đà Nẵng\n"
           "Ngày cập nhật: 22/02/2024\n\n"
           "Năm 2023, rác thải được thu gom, vận chuyển về Bãi rác Khánh Sơn trung bình 1.126 tấn/ngày.")
    assert where(own, "1.126") == "Đà Nẵng"


def test_the_city_of_a_meeting_place_address_is_no_place_of_the_figures() -> None:
    """`Hội nghị … ở số 80 Quán Sứ, Hà Nội` and `tổ chức tại Nhà hát (số 19 Hoàng Văn Thụ, quận Hồng Bàng)` say where a
    meeting was held."""
    text = ("Năm 2024, cả nước đón 17,5 triệu lượt khách quốc tế. Tại Hội nghị tổng kết sáng 5/12 ở số 80 Quán Sứ, "
            "Hà Nội, Bộ Văn hóa, Thể thao và Du lịch đặt chỉ tiêu năm 2025 đón 22 triệu lượt khách quốc tế.")
    assert where(text, "22 triệu", published="2024-12-05") == "Việt Nam"
    venue = ("Năm 2024, thể thao Hải Phòng giành 120 huy chương. Tại lễ mừng công tổ chức tại Nhà hát thành phố (số 19 "
             "Hoàng Văn Thụ, quận Hồng Bàng), UBND thành phố khen thưởng 286 tập thể.")
    assert where(venue, "286") == "Hải Phòng"


def test_the_district_an_aside_gives_for_what_a_paragraph_opens_with_places_its_sentences() -> None:
    """`Cầu Kênh Xáng (xã Thạnh Phú, huyện Mỹ Xuyên) dài 36 m …. Để làm đường dẫn, người dân đã hiến 1.200 m2 đất`: the
    paragraph is about the bridge, in that district; a later paragraph of the province's total is the province's."""
    text = ("Cổng TTĐT tỉnh Sóc Trăng\n\nNăm 2024, toàn tỉnh xây dựng 21 cây cầu nông thôn.\n\n"
            "Cầu Kênh Xáng (xã Thạnh Phú, huyện Mỹ Xuyên) dài 36 m. Để làm đường dẫn vào cầu, người dân trong ấp đã "
            "hiến 1.200 m2 đất.\n\nToàn tỉnh còn 140 cầu khỉ cần thay thế.")
    assert where(text, "1.200") == "Mỹ Xuyên"
    assert where(text, "140") == "Sóc Trăng"


def test_the_sentences_after_one_about_the_country_in_its_paragraph_are_the_countrys() -> None:
    """`… cả nước xuất khẩu 110.250 tấn hồ tiêu. … Mỹ là thị trường lớn nhất với 28,4% thị phần`: a paragraph goes on
    about the country it opened with, in a provincial paper; not after a sentence that names the country only in a
    bracket or as a yardstick, nor after one that speaks of the province."""
    text = ("Giá hồ tiêu tại Đắk Nông tăng mạnh\n\nBáo Đắk Nông\n\n"
            "Hiện giá tiêu đen tại Đắk Nông ở mức 148.000 đồng/kg.\n\n"
            "Theo Hiệp hội Hồ tiêu, 5 tháng đầu năm 2024, cả nước xuất khẩu 110.250 tấn hồ tiêu. Mỹ tiếp tục là thị "
            "trường lớn nhất với 28,4% thị phần.\n\n"
            "Tổng dư nợ cho vay trên địa bàn đạt 27.648 tỷ đồng, tăng 4,1% (cả nước tăng 3,79%). Dư nợ ngắn hạn đạt "
            "12.165 tỷ đồng.\n\n"
            "Số giờ vận hành đạt 2.990 giờ/năm, cao hơn mức bình quân của các dự án điện gió trong cả nước. Riêng quý "
            "III, sản lượng đạt 61,4 triệu kWh.")
    assert where(text, "28,4%") == "Việt Nam"
    assert where(text, "12.165") == "Đắk Nông"
    assert where(text, "61,4") == "Đắk Nông"


def test_the_city_where_an_event_was_held_is_not_what_the_article_is_about() -> None:
    """`Báo cáo PAPI năm 2023 được UNDP công bố sáng 2/4 tại Hà Nội`: the venue of an announcement said after its verb
    is where it happened; the report's figures are the country's."""
    text = ("PAPI 2023: Người dân đánh giá cao hơn về thủ tục hành chính\n\n"
            "Báo cáo Chỉ số PAPI năm 2023 được UNDP công bố sáng 2/4 tại Hà Nội. Năm nay có 19.536 người dân được "
            "phỏng vấn trên toàn quốc.\n\nKhoảng 82% người được hỏi cho biết đã nhận kết quả đúng hẹn.")
    assert where(text, "82%", published="2024-04-02") == "Việt Nam"
    own = ("Hà Nội: Chỉ số PAPI tăng 3 bậc\n\nChỉ số PAPI năm 2023 của thành phố đạt 44,2 điểm, tăng 3 bậc. Lễ công bố "
           "tổ chức sáng 2/4 tại Hà Nội.")
    assert where(own, "44,2", published="2024-04-02") == "Hà Nội"


def test_two_districts_that_name_an_offices_area_are_not_the_district_spoken_of() -> None:
    """`Chi cục Thuế khu vực Tiền Hải - Kiến Xương` names the office's area: a later `trên địa bàn huyện` is the
    district the headline is about."""
    text = ("Huyện Kiến Xương thu ngân sách năm 2023 vượt 12,5% dự toán\n\n"
            "Chiều 12/01, Chi cục Thuế khu vực Tiền Hải - Kiến Xương tổ chức hội nghị tổng kết công tác thuế năm "
            "2023.\n\n"
            "Năm 2023, tổng thu ngân sách nhà nước trên địa bàn huyện đạt 642,8 tỷ đồng.")
    assert where(text, "642,8", published="2024-01-15") == "Kiến Xương"


def test_a_place_said_right_after_a_figure_with_tai_is_its_own() -> None:
    """`gồm 3.200 ha tại huyện Ba Tri và 2.650 ha tại huyện Thạnh Phú`: each amount is of the district said right after
    it, not of the one the item before named."""
    text = ("Bến Tre: hạn mặn ảnh hưởng lúa Đông Xuân\n\n"
            "Diện tích lúa bị ảnh hưởng gồm 3.200 ha tại huyện Ba Tri và 2.650 ha tại huyện Thạnh Phú.")
    assert where(text, "3.200") == "Ba Tri"
    assert where(text, "2.650") == "Thạnh Phú"
