"""p479-1: province portal (Quảng Bình), Quỹ phòng, chống thiên tai 2023: receipts, parts, districts, spending, balance, 2024 plan."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ » Tin tức - Sự kiện » Kinh tế - Xã hội
Quảng Bình: Quỹ phòng, chống thiên tai năm 2023 thu hơn 38 tỷ đồng
Cập nhật: 16/01/2024 08:45
Lượt xem: 1.482

Theo Báo cáo số 05/BC-QPCTT của Quỹ phòng, chống thiên tai tỉnh Quảng Bình, năm 2023 toàn tỉnh thu được 38,62 tỷ đồng, đạt 92,4% kế hoạch, tăng 6,3% so với năm 2022. Trong đó, thu từ các tổ chức kinh tế hạch toán độc lập 17,85 tỷ đồng; thu từ cán bộ, công chức, viên chức và người lao động trong cơ quan nhà nước 14,2 tỷ đồng; thu từ người lao động khác 6,57 tỷ đồng.

Các địa phương có số thu Quỹ cao là thành phố Đồng Hới (7,4 tỷ đồng), thị xã Ba Đồn (4,9 tỷ đồng) và huyện Bố Trạch (4,15 tỷ đồng). Một số huyện miền núi có tỷ lệ thu đạt thấp như Minh Hóa (61,5% kế hoạch), Tuyên Hóa (68,2% kế hoạch).

Trong năm, Quỹ đã chi 27,3 tỷ đồng, trong đó hỗ trợ khắc phục hậu quả thiên tai 15,6 tỷ đồng; hỗ trợ ứng phó, sơ tán dân và mua sắm trang thiết bị 8,9 tỷ đồng; chi cho các hoạt động phòng ngừa 2,8 tỷ đồng. Tính đến ngày 31/12/2023, số dư của Quỹ là 46,08 tỷ đồng. Mức đóng góp bình quân của người lao động khoảng 152.000 đồng/người/năm.

Năm 2024, tỉnh phấn đấu thu Quỹ 42 tỷ đồng. Dự kiến Quỹ dành khoảng 20 tỷ đồng hỗ trợ xây dựng 12 nhà tránh trú bão, lũ cộng đồng tại các xã vùng trũng của huyện Lệ Thủy và Quảng Ninh.

Quỹ phòng, chống thiên tai tỉnh Quảng Bình
Địa chỉ: Số 2 Hùng Vương, TP. Đồng Hới. Điện thoại: 0232.3822.591
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TOT = 38.62e9
CHI = 27.3e9
FIGS = [
    F("thu hơn 38 tỷ đồng", "38", 38e9, "money", "đồng", "số thu Quỹ phòng, chống thiên tai", Y23, approx="over"),
    F("thu được 38,62 tỷ đồng", "38,62", TOT, "money", "đồng", "số thu Quỹ phòng, chống thiên tai", Y23,
      percent=92.4, change=CH("increase", 6.3, baseline="năm 2022")),
    F("độc lập 17,85 tỷ đồng", "17,85", 17.85e9, "money", "đồng", "thu từ các tổ chức kinh tế hạch toán độc lập", I(Y23),
      total=TOT),
    F("nhà nước 14,2 tỷ đồng", "14,2", 14.2e9, "money", "đồng",
      "thu từ cán bộ, công chức, viên chức và người lao động trong cơ quan nhà nước", I(Y23), total=TOT),
    F("khác 6,57 tỷ đồng", "6,57", 6.57e9, "money", "đồng", "thu từ người lao động khác", I(Y23), total=TOT),
    F("Đồng Hới (7,4 tỷ đồng)", "7,4", 7.4e9, "money", "đồng", "số thu Quỹ", location="Đồng Hới"),
    F("Ba Đồn (4,9 tỷ đồng)", "4,9", 4.9e9, "money", "đồng", "số thu Quỹ", location="Ba Đồn"),
    F("Bố Trạch (4,15 tỷ đồng)", "4,15", 4.15e9, "money", "đồng", "số thu Quỹ", location="Bố Trạch"),
    F("Minh Hóa (61,5% kế hoạch)", "61,5", 61.5, "percent", "%", "tỷ lệ thu so với kế hoạch", location="Minh Hóa"),
    F("Tuyên Hóa (68,2% kế hoạch)", "68,2", 68.2, "percent", "%", "tỷ lệ thu so với kế hoạch", location="Tuyên Hóa"),
    F("đã chi 27,3 tỷ đồng", "27,3", CHI, "money", "đồng", "số chi của Quỹ",
      P("Trong năm", "2023-01-01", "2023-12-31")),
    F("thiên tai 15,6 tỷ đồng", "15,6", 15.6e9, "money", "đồng", "chi hỗ trợ khắc phục hậu quả thiên tai",
      P("Trong năm", "2023-01-01", "2023-12-31"), total=CHI),
    F("thiết bị 8,9 tỷ đồng", "8,9", 8.9e9, "money", "đồng",
      "chi hỗ trợ ứng phó, sơ tán dân và mua sắm trang thiết bị", P("Trong năm", "2023-01-01", "2023-12-31"), total=CHI),
    F("phòng ngừa 2,8 tỷ đồng", "2,8", 2.8e9, "money", "đồng", "chi cho các hoạt động phòng ngừa",
      P("Trong năm", "2023-01-01", "2023-12-31"), total=CHI),
    F("là 46,08 tỷ đồng", "46,08", 46.08e9, "money", "đồng", "số dư của Quỹ",
      P("Tính đến ngày 31/12/2023", None, "2023-12-31")),
    F("khoảng 152.000 đồng/người/năm", "152.000", 152000, "money", "đồng/người/năm",
      "mức đóng góp bình quân của người lao động", approx="about"),
    F("Quỹ 42 tỷ đồng", "42", 42e9, "money", "đồng", "số thu Quỹ", Y24, status="target"),
    F("khoảng 20 tỷ đồng", "20", 20e9, "money", "đồng", "kinh phí Quỹ dành hỗ trợ xây dựng nhà tránh trú bão, lũ cộng đồng",
      I(Y24), approx="about", status="forecast"),
    F("xây dựng 12 nhà", "12", 12, "count", "nhà", "nhà tránh trú bão, lũ cộng đồng", I(Y24), status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Bình (invented): Quỹ phòng, chống thiên tai năm 2023 — thu, chi, số dư, kế hoạch 2024.",
    "Receipts split after 'Trong đó' (17,85 + 14,2 + 6,57 = 38,62 tỷ) and spending after 'trong đó' (15,6 + 8,9 + 2,8 = 27,3 tỷ).",
    "'Trong năm' in the 2023 report is year 2023 (as 'trong tháng' in a monthly report). District list items carry their district.",
    "The last sentence names huyện Lệ Thủy and Quảng Ninh (a Quảng Bình district, also a province name): the figure covers two",
    "districts, so it stays Quảng Bình. Not figures: Lượt xem 1.482, Báo cáo số 05/BC-QPCTT, Số 2 Hùng Vương, phone, dates.",
]

if __name__ == "__main__":
    emit("p479-1", TEXT, COMMENTS, FIGS, published="2024-01-16", location="Quảng Bình")
