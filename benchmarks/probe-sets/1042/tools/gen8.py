"""p1042-8: provincial newspaper online (Báo Bình Thuận, tag BTO), nợ tiền thuê đất dự án du lịch, 3/2025."""
from lib import F, P, I, C, build

TEXT = """
Bình Thuận: Hơn 836 tỷ đồng nợ tiền thuê đất

10/03/2025 - 15:42

(BTO) - Tính đến hết tháng 2/2025, toàn tỉnh còn 214 dự án nợ tiền thuê đất với tổng số tiền 836,5 tỷ đồng, trong đó tiền chậm nộp chiếm 31,8%. Trong tổng số nợ này, các dự án du lịch ven biển nợ 612,3 tỷ đồng, tập trung chủ yếu tại TP Phan Thiết (287,6 tỷ đồng), huyện Hàm Thuận Nam (164,2 tỷ đồng) và thị xã La Gi (98,7 tỷ đồng).

Theo Sở Tài chính, năm 2024 tỉnh thu tiền thuê đất được 426,8 tỷ đồng, chỉ đạt 65,7% dự toán và giảm 18,5% so với năm 2023. Nguyên nhân là nhiều dự án chậm triển khai, doanh nghiệp gặp khó khăn kéo dài. Có 47 dự án đã bị thu hồi chủ trương đầu tư nhưng vẫn còn nợ 126 tỷ đồng tiền thuê đất.

Đơn giá thuê đất tại khu vực Mũi Né (TP Phan Thiết) hiện từ 38.000 đến 95.000 đồng/m2/năm. Nhiều dự án dọc tuyến ĐT.716 và Quốc lộ 55 thuê từ 20 đến 50 ha nhưng mới đưa vào khai thác khoảng 30% diện tích, trong khi vẫn phải nộp tiền thuê cho toàn bộ diện tích được giao.

Năm 2025, tỉnh phấn đấu thu tiền thuê đất 520 tỷ đồng và thu hồi ít nhất 200 tỷ đồng nợ đọng. Dự kiến trong quý II/2025, Cục Thuế tỉnh sẽ công khai danh sách 30 doanh nghiệp nợ tiền thuê đất lớn trên các phương tiện thông tin đại chúng. Đây là lần thứ 3 tỉnh công khai danh sách nợ tiền thuê đất kể từ năm 2022.
"""

TY = 1e9
ASOF = P("Tính đến hết tháng 2/2025", None, "2025-02-28")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
SUBJ = "nợ tiền thuê đất của các dự án du lịch ven biển"

FIGS = [
    F("Hơn 836 tỷ đồng", "836", 836 * TY, "money", "đồng", "nợ tiền thuê đất", approx="over"),
    F("còn 214 dự án", "214", 214, "count", "dự án", "dự án nợ tiền thuê đất", ASOF),
    F("số tiền 836,5 tỷ đồng", "836,5", 836.5 * TY, "money", "đồng", "tổng số tiền nợ tiền thuê đất", ASOF),
    F("chiếm 31,8%", "31,8", 31.8, "percent", "%", "tiền chậm nộp trong tổng số nợ tiền thuê đất", ASOF),
    F("nợ 612,3 tỷ đồng", "612,3", 612.3 * TY, "money", "đồng", SUBJ, I(ASOF), total=836.5 * TY),
    F("(287,6 tỷ đồng)", "287,6", 287.6 * TY, "money", "đồng", SUBJ, I(ASOF), location="Phan Thiết"),
    F("(164,2 tỷ đồng)", "164,2", 164.2 * TY, "money", "đồng", SUBJ, I(ASOF), location="Hàm Thuận Nam"),
    F("(98,7 tỷ đồng)", "98,7", 98.7 * TY, "money", "đồng", SUBJ, I(ASOF), location="La Gi"),
    F("được 426,8 tỷ đồng", "426,8", 426.8 * TY, "money", "đồng", "thu tiền thuê đất",
      P("năm 2024", "2024-01-01", "2024-12-31"), percent=65.7, change=C("decrease", 18.5, baseline="năm 2023")),
    F("Có 47 dự án", "47", 47, "count", "dự án", "dự án đã bị thu hồi chủ trương đầu tư còn nợ tiền thuê đất"),
    F("nợ 126 tỷ đồng", "126", 126 * TY, "money", "đồng", "nợ tiền thuê đất của dự án bị thu hồi chủ trương đầu tư"),
    F("từ 38.000 đến", "38.000", 38000, "money", "đồng/m2/năm", "đơn giá thuê đất tại khu vực Mũi Né",
      value_max=95000, location="Phan Thiết"),
    F("từ 20 đến 50 ha", "20", 20, "measure", "ha", "diện tích thuê của dự án", value_max=50, optional=True),
    F("khoảng 30% diện tích", "30", 30, "percent", "%", "diện tích đưa vào khai thác", approx="about"),
    F("thuê đất 520 tỷ đồng", "520", 520 * TY, "money", "đồng", "thu tiền thuê đất", Y25, status="target"),
    F("ít nhất 200 tỷ đồng", "200", 200 * TY, "money", "đồng", "thu hồi nợ đọng tiền thuê đất", Y25,
      approx="at_least", status="target"),
    F("danh sách 30 doanh nghiệp", "30", 30, "count", "doanh nghiệp", "doanh nghiệp nợ tiền thuê đất lớn bị công khai",
      P("quý II/2025", "2025-04-01", "2025-06-30"), status="forecast"),
]

COMMENTS = [
    "Provincial newspaper online (Báo Bình Thuận, '(BTO) -' tag → Bình Thuận): headline figure, land-rent debt as of end-2/2025,",
    "coastal tourism projects by locality, 2024 collection vs plan, rent range in Mũi Né, 2025 targets.",
    "Headline 'Hơn 836 tỷ' restates 836,5 tỷ (both figures). '31,8%' is the share of late-payment interest: a percent figure of its own.",
    "612,3 tỷ follows 'Trong tổng số nợ này' → total 836,5 tỷ. The bracketed localities do not add up to 612,3 ('tập trung chủ yếu'): no total.",
    "'thuê từ 20 đến 50 ha' describes typical project size (optional). 'lần thứ 3', 'ĐT.716', 'Quốc lộ 55', 'kể từ năm 2022' are not figures.",
]

if __name__ == "__main__":
    build("p1042-8", TEXT, FIGS, COMMENTS, published="2025-03-10", location="Bình Thuận")
