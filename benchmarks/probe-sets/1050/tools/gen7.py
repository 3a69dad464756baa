"""p1050-7: Sở NN&PTNT Bến Tre site, no dateline, crab farming 2023 with a one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BẾN TRE
Trang chủ / Thủy sản / Tin hoạt động

Nuôi cua biển - hướng đi bền vững cho vùng ven biển

Năm 2023, diện tích nuôi cua biển toàn tỉnh đạt 9.540 ha, trong đó nuôi chuyên canh 1.120 ha, còn lại nuôi kết hợp trong ao tôm quảng canh cải tiến và rừng ngập mặn. Sản lượng cua thương phẩm đạt 4.240 tấn, tăng 7,3% so với năm 2022, chiếm khoảng 2,1% tổng sản lượng nuôi trồng thủy sản của tỉnh.

Kết quả cụ thể tại 3 huyện ven biển như sau:

Huyện
Diện tích năm 2023 (ha)
Sản lượng năm 2023 (tấn)
Kế hoạch sản lượng năm 2024 (tấn)
Thạnh Phú
4.850
2.130
2.400
Ba Tri
2.760
1.245
1.400
Bình Đại
1.930
865
1.000
Tổng cộng
9.540
4.240
4.800

Năng suất nuôi chuyên canh bình quân đạt 1,35 tấn/ha/năm; giá cua thịt tại ao năm 2023 bình quân 215.000 đồng/kg, giá trị sản xuất ước đạt 911 tỷ đồng.

Năm 2024, ngành nông nghiệp tỉnh phấn đấu sản lượng cua đạt 4.800 tấn; hỗ trợ xây dựng 5 mô hình nuôi cua thâm canh ứng dụng công nghệ cao, mỗi mô hình từ 0,5 ha trở lên, kinh phí hỗ trợ tối đa 200 triệu đồng/mô hình. Các hộ có nhu cầu liên hệ Chi cục Thủy sản, số 5 Nguyễn Huệ, phường 1, để được hướng dẫn.

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BẾN TRE
Địa chỉ: số 220B, đường Đồng Khởi, phường Phú Tân, thành phố Bến Tre
Điện thoại: 0275.3822.254 - Fax: 0275.3827.162
Lượt truy cập: 1.284.037
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
HA23 = P("Diện tích năm 2023", "2023-01-01", "2023-12-31")
SL23 = P("Sản lượng năm 2023", "2023-01-01", "2023-12-31")
KH24 = P("Kế hoạch sản lượng năm 2024", "2024-01-01", "2024-12-31")

ROWS = [("Thạnh Phú", "Thạnh Phú", "4.850", "2.130", "2.400"),
        ("Ba Tri", "Ba Tri", "2.760", "1.245", "1.400"),
        ("Bình Đại", "Bình Đại", "1.930", "865", "1.000"),
        ("Tổng cộng", "Bến Tre", "9.540", "4.240", "4.800")]


def num(s):
    return float(s.replace(".", ""))


FIGS = [
    F("đạt 9.540 ha", "9.540", 9540, "measure", "ha", "diện tích nuôi cua biển", period=Y23),
    F("chuyên canh 1.120 ha", "1.120", 1120, "measure", "ha", "diện tích nuôi cua chuyên canh", total=9540,
      period=Y23),
    F("đạt 4.240 tấn", "4.240", 4240, "measure", "tấn", "sản lượng cua thương phẩm", percent=2.1,
      change=C("increase", 7.3, "%", "năm 2022"), period=I(Y23)),
    F("tại 3 huyện", "3", 3, "count", "huyện", "huyện ven biển nuôi cua", optional=True),
]
for label, loc, a, b, c in ROWS:
    FIGS.append(F(f"{label}\n{a}\n", a, num(a), "measure", "ha", "diện tích nuôi cua biển", period=HA23, location=loc))
    FIGS.append(F(f"{a}\n{b}\n", b, num(b), "measure", "tấn", "sản lượng cua biển", period=SL23, location=loc))
    FIGS.append(F(f"{b}\n{c}\n", c, num(c), "measure", "tấn", "sản lượng cua biển", period=KH24, location=loc,
                  status="target"))
FIGS += [
    F("đạt 1,35 tấn/ha/năm", "1,35", 1.35, "measure", "tấn/ha/năm", "năng suất nuôi cua chuyên canh bình quân"),
    F("bình quân 215.000 đồng/kg", "215.000", 215000, "money", "đồng/kg", "giá cua thịt tại ao bình quân",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("ước đạt 911 tỷ đồng", "911", 911e9, "money", "đồng", "giá trị sản xuất cua", status="estimate",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 4.800 tấn", "4.800", 4800, "measure", "tấn", "sản lượng cua", status="target", period=Y24),
    F("xây dựng 5 mô hình", "5", 5, "count", "mô hình", "mô hình nuôi cua thâm canh ứng dụng công nghệ cao",
      status="target", period=Y24),
    F("từ 0,5 ha trở lên", "0,5", 0.5, "measure", "ha", "diện tích mỗi mô hình", approx="at_least",
      status="target", optional=True),
    F("tối đa 200 triệu đồng/mô hình", "200", 200e6, "money", "đồng/mô hình", "kinh phí hỗ trợ mỗi mô hình",
      approx="at_most", status="target", period=Y24),
]

NOTES = [
    "Sở NN&PTNT Bến Tre site, no dateline (published absent): crab farming 2023 and 2024 plan.",
    "Table pasted one cell per line: header cells, then each row's cells. Row label = location (Tổng cộng = Bến Tre);",
    "the column header gives unit and period; 'Kế hoạch sản lượng năm 2024' → status target. No totals on cells.",
    "Not figures: phone/fax numbers, 'số 220B, đường Đồng Khởi', 'số 5 Nguyễn Huệ, phường 1', 'Lượt truy cập: 1.284.037'.",
    "'chiếm khoảng 2,1% tổng sản lượng' after 4.240 tấn → its percent; the tăng 7,3% → its change.",
    "'3 huyện' (structure) and the threshold 'từ 0,5 ha trở lên' are optional.",
    "'phấn đấu' governs the clauses that continue it after ';' (5 mô hình, 200 triệu đồng/mô hình) → target, 2024.",
    "1,35 tấn/ha/năm stands before the clause that carries 'năm 2023' (the price clause): no period given.",
]

write("p1050-7", TEXT, FIGS, NOTES, published=None, location="Bến Tre")
