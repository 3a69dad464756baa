"""p834-8: Báo Bắc Giang online, headline figure, (BGĐT) tag, quý I/2024 land dossiers."""
from lib import F, P, I, C, T, emit

TEXT = """Bắc Giang: Giải quyết hơn 25 nghìn hồ sơ đất đai trong quý I

Cập nhật lúc 16:05, Thứ Sáu, 26/04/2024

(BGĐT) - Quý I/2024, hệ thống Văn phòng Đăng ký đất đai tỉnh Bắc Giang tiếp nhận 26.847 hồ sơ, giải quyết 25.319 hồ sơ, đạt 94,3%, tăng 9,6% so với cùng kỳ năm 2023.

Trong số hồ sơ đã giải quyết, đăng ký biến động 21.604 hồ sơ; cấp giấy chứng nhận (GCN) lần đầu 1.372 hồ sơ với diện tích khoảng 286 ha; còn lại là hồ sơ cấp đổi, cấp lại. Các địa phương có số hồ sơ giải quyết lớn nhất lần lượt là thị xã Việt Yên (3.915 hồ sơ), huyện Lạng Giang (3.402 hồ sơ), huyện Yên Dũng (2.876 hồ sơ) và TP Bắc Giang (2.751 hồ sơ).

Tuy nhiên, còn 1.528 hồ sơ đang giải quyết, trong đó 87 hồ sơ quá hạn, chủ yếu liên quan đến đất có nguồn gốc giao không đúng thẩm quyền. Tổng thu tiền sử dụng đất quý I ước đạt 1.046 tỷ đồng, bằng 17,4% dự toán năm.

Đáng chú ý, số hồ sơ đất đai nộp trực tuyến đạt 6.390 hồ sơ, chiếm 23,8% tổng số hồ sơ tiếp nhận. Với kết quả này, Bắc Giang đứng thứ 2 khu vực trung du và miền núi phía Bắc về tỷ lệ hồ sơ đất đai nộp trực tuyến.

Năm 2024, tỉnh phấn đấu cấp 12.000 GCN lần đầu và cấp đổi; thực hiện Quyết định số 28/2024/QĐ-UBND, đến năm 2025 có 100% xã, phường, thị trấn hoàn thành cơ sở dữ liệu đất đai.

Tùng Lâm
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
LIST = "hồ sơ giải quyết"

FIGS = [
    F("hơn 25 nghìn hồ sơ", "25", 25000, "count", "hồ sơ", approx="over",
      subject="hồ sơ đất đai giải quyết", period=P("quý I", "2024-01-01", "2024-03-31")),
    F("tiếp nhận 26.847 hồ sơ", "26.847", 26847, "count", "hồ sơ",
      subject="hồ sơ tiếp nhận", period=Q1),
    F("giải quyết 25.319 hồ sơ", "25.319", 25319, "count", "hồ sơ", percent=94.3,
      change=C("increase", 9.6, baseline="cùng kỳ năm 2023"),
      subject="hồ sơ đã giải quyết", period=Q1),
    F("biến động 21.604 hồ sơ", "21.604", 21604, "count", "hồ sơ", total=25319,
      subject="hồ sơ đăng ký biến động đã giải quyết", period=I(Q1)),
    F("lần đầu 1.372 hồ sơ", "1.372", 1372, "count", "hồ sơ", total=25319,
      subject="hồ sơ cấp giấy chứng nhận (GCN) lần đầu đã giải quyết", period=I(Q1)),
    F("khoảng 286 ha", "286", 286, "measure", "ha", approx="about",
      subject="diện tích cấp GCN lần đầu", period=I(Q1)),
    F("(3.915 hồ sơ)", "3.915", 3915, "count", "hồ sơ", subject=LIST, period=I(Q1), location="Việt Yên"),
    F("(3.402 hồ sơ)", "3.402", 3402, "count", "hồ sơ", subject=LIST, period=I(Q1), location="Lạng Giang"),
    F("(2.876 hồ sơ)", "2.876", 2876, "count", "hồ sơ", subject=LIST, period=I(Q1), location="Yên Dũng"),
    F("(2.751 hồ sơ)", "2.751", 2751, "count", "hồ sơ", subject=LIST, period=I(Q1), location="TP Bắc Giang"),
    F("còn 1.528 hồ sơ", "1.528", 1528, "count", "hồ sơ",
      subject="hồ sơ đang giải quyết", period=I(Q1)),
    F("trong đó 87 hồ sơ", "87", 87, "count", "hồ sơ", total=1528,
      subject="hồ sơ quá hạn", period=I(Q1)),
    F("ước đạt 1.046 tỷ đồng", "1.046", 1046e9, "money", "đồng", percent=17.4, status="estimate",
      subject="tổng thu tiền sử dụng đất", period=P("quý I", "2024-01-01", "2024-03-31")),
    F("đạt 6.390 hồ sơ", "6.390", 6390, "count", "hồ sơ", percent=23.8,
      subject="hồ sơ đất đai nộp trực tuyến", period=I(Q1)),
    F("đứng thứ 2", "2", 2, "rank", "hạng",
      subject="tỷ lệ hồ sơ đất đai nộp trực tuyến khu vực trung du và miền núi phía Bắc", period=I(Q1)),
    F("cấp 12.000 GCN", "12.000", 12000, "count", "GCN", status="target",
      subject="GCN cấp lần đầu và cấp đổi", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("có 100% xã", "100", 100, "percent", "%", status="target",
      subject="xã, phường, thị trấn hoàn thành cơ sở dữ liệu đất đai", period=P("đến năm 2025", None, "2025-12-31")),
]

COMMENTS = [
    "Provincial newspaper online (Báo Bắc Giang): headline figure, 'Cập nhật lúc 16:05, Thứ Sáu, 26/04/2024', '(BGĐT) -' tag: Q1 2024 dossiers.",
    "Year-less headline 'quý I' and 'quý I' in the revenue sentence take 2024. 'Trong số hồ sơ đã giải quyết' names 25.319 as the whole.",
    "The 'lần lượt' ranking list (3.915+3.402+2.876+2.751 ≠ 25.319) has no total; each item is located in its district/town.",
    "'chiếm 23,8% tổng số hồ sơ tiếp nhận' is the percent of 6.390 (no number for the whole in that clause: no total).",
    "'16:05', 'Thứ Sáu', 'Quyết định số 28/2024/QĐ-UBND', '(BGĐT)' are not figures.",
]

if __name__ == "__main__":
    emit("p834-8", TEXT, FIGS, COMMENTS, published="2024-04-26", location="Bắc Giang")
