"""p1202-4: ministry site (Bộ Tài chính), national results of agricultural insurance support 2022 - 30/9/2024."""
from lib import F, P, I, C, T, write

TEXT = """BỘ TÀI CHÍNH - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Tin hoạt động Bộ

Hơn 96.000 lượt hộ được hỗ trợ phí bảo hiểm nông nghiệp

Ngày đăng: 21/10/2024 | Lượt xem: 964

Theo Cục Quản lý, giám sát bảo hiểm (Bộ Tài chính), từ năm 2022 đến ngày 30/9/2024, cả nước có 19 tỉnh, thành phố đã phê duyệt danh sách đối tượng được hỗ trợ và triển khai bảo hiểm nông nghiệp theo Quyết định số 13/2022/QĐ-TTg. Các doanh nghiệp bảo hiểm đã cung cấp bảo hiểm cho 96.418 lượt hộ, trong đó 81.735 lượt hộ nghèo, cận nghèo, chiếm 84,8%.

Tổng giá trị được bảo hiểm đạt 4.125 tỷ đồng; tổng phí bảo hiểm khoảng 201,6 tỷ đồng, trong đó ngân sách nhà nước hỗ trợ 158,3 tỷ đồng. Các doanh nghiệp đã bồi thường 87,9 tỷ đồng, bằng 43,6% tổng phí. Về cơ cấu, bảo hiểm cây lúa chiếm tỷ trọng lớn nhất với 72,4% tổng phí, vật nuôi 21,3%, thủy sản 6,3%.

Các địa phương có số lượt hộ tham gia nhiều nhất lần lượt là Thái Bình (21.560 lượt hộ), Nam Định (14.208 lượt hộ) và Nghệ An (11.372 lượt hộ). Đồng Tháp xếp thứ 4 về số tiền bồi thường với 9,8 tỷ đồng.

Theo Bộ Tài chính, diện tích lúa được bảo hiểm mới chiếm khoảng 0,5% tổng diện tích gieo trồng của cả nước. Bộ đang hoàn thiện dự thảo Nghị định sửa đổi Nghị định số 58/2018/NĐ-CP, dự kiến mở rộng danh mục lên 25 loại cây trồng, vật nuôi, thủy sản và nâng mức hỗ trợ phí cho hộ sản xuất khác lên 30%.

Địa chỉ: Số 28 Trần Hưng Đạo, phường Phan Chu Trinh, quận Hoàn Kiếm, Hà Nội
Điện thoại: 024.2220.2828
"""

SPAN = P("từ năm 2022 đến ngày 30/9/2024", "2022-01-01", "2024-09-30")
LIST = "lượt hộ tham gia bảo hiểm nông nghiệp"

FIGS = [
    F("Hơn 96.000 lượt hộ", "96.000", 96000, "count", "lượt hộ", approx="over",
      subject="lượt hộ được hỗ trợ phí bảo hiểm nông nghiệp"),
    F("có 19 tỉnh", "19", 19, "count", "tỉnh, thành phố",
      subject="tỉnh, thành phố phê duyệt danh sách đối tượng được hỗ trợ và triển khai bảo hiểm nông nghiệp", period=SPAN),
    F("cho 96.418 lượt hộ", "96.418", 96418, "count", "lượt hộ",
      subject="lượt hộ được cung cấp bảo hiểm", period=I(SPAN)),
    F("81.735 lượt hộ", "81.735", 81735, "count", "lượt hộ", total=96418, percent=84.8,
      subject="lượt hộ nghèo, cận nghèo được cung cấp bảo hiểm", period=I(SPAN)),
    F("đạt 4.125 tỷ", "4.125", 4125e9, "money", "đồng",
      subject="tổng giá trị được bảo hiểm", period=I(SPAN)),
    F("khoảng 201,6 tỷ", "201,6", 201.6e9, "money", "đồng", approx="about",
      subject="tổng phí bảo hiểm", period=I(SPAN)),
    F("hỗ trợ 158,3 tỷ", "158,3", 158.3e9, "money", "đồng", total=201.6e9,
      subject="ngân sách nhà nước hỗ trợ phí bảo hiểm", period=I(SPAN)),
    F("bồi thường 87,9 tỷ", "87,9", 87.9e9, "money", "đồng", percent=43.6,
      subject="tiền bồi thường của các doanh nghiệp", period=I(SPAN)),
    F("với 72,4%", "72,4", 72.4, "percent", "%",
      subject="tỷ trọng bảo hiểm cây lúa trong tổng phí", period=I(SPAN)),
    F("vật nuôi 21,3%", "21,3", 21.3, "percent", "%",
      subject="tỷ trọng bảo hiểm vật nuôi trong tổng phí", period=I(SPAN)),
    F("thủy sản 6,3%", "6,3", 6.3, "percent", "%",
      subject="tỷ trọng bảo hiểm thủy sản trong tổng phí", period=I(SPAN)),
    F("Thái Bình (21.560 lượt hộ)", "21.560", 21560, "count", "lượt hộ",
      subject=LIST, period=I(SPAN), location="Thái Bình"),
    F("Nam Định (14.208 lượt hộ)", "14.208", 14208, "count", "lượt hộ",
      subject=LIST, period=I(SPAN), location="Nam Định"),
    F("Nghệ An (11.372 lượt hộ)", "11.372", 11372, "count", "lượt hộ",
      subject=LIST, period=I(SPAN), location="Nghệ An"),
    F("xếp thứ 4", "4", 4, "rank", "hạng",
      subject="xếp hạng về số tiền bồi thường", period=I(SPAN), location="Đồng Tháp"),
    F("với 9,8 tỷ", "9,8", 9.8e9, "money", "đồng",
      subject="số tiền bồi thường", period=I(SPAN), location="Đồng Tháp"),
    F("khoảng 0,5%", "0,5", 0.5, "percent", "%", approx="about",
      subject="tỷ lệ diện tích lúa được bảo hiểm trong tổng diện tích gieo trồng"),
    F("lên 25 loại", "25", 25, "count", "loại cây trồng, vật nuôi, thủy sản", status="forecast",
      subject="danh mục cây trồng, vật nuôi, thủy sản được bảo hiểm"),
    F("lên 30%", "30", 30, "percent", "%", status="forecast",
      subject="mức hỗ trợ phí cho hộ sản xuất khác"),
]

NOTES = [
    "Ministry site (Bộ Tài chính): national agricultural-insurance results from 2022 to 30/9/2024. 'Ngày đăng: 21/10/2024 | Lượt xem: 964'.",
    "Distractors: view counter 964, Quyết định số 13/2022/QĐ-TTg, Nghị định số 58/2018/NĐ-CP, address 'Số 28 Trần Hưng Đạo', phone 024.2220.2828.",
    "Period 'từ năm 2022 đến ngày 30/9/2024' covers the first paragraph and is inherited by the figures of the following sentences and paragraphs.",
    "81.735 is part of 96.418 (trong đó) with share 84,8%; 158,3 tỷ part of 201,6 tỷ; 87,9 tỷ 'bằng 43,6% tổng phí' → percent.",
    "Structure shares 72,4 / 21,3 / 6,3% are percent figures (a list sharing 'tỷ trọng … tổng phí'). The 'lần lượt' list items take the province as location.",
    "'xếp thứ 4' is a rank (Đồng Tháp). 'dự kiến' governs both clauses joined by 'và' (25 loại, 30%): forecast. 'hiện/mới chiếm khoảng 0,5%' no period.",
]

if __name__ == "__main__":
    write("p1202-4", TEXT, NOTES, FIGS, published="2024-10-21", location="Việt Nam")
