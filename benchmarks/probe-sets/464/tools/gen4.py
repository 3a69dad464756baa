from lib import emit, F, P, ch
TEXT = """UBND TỈNH LAI CHÂU
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 468/BC-SNN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lai Châu, ngày 05 tháng 10 năm 2024

BÁO CÁO
Kết quả nuôi cá lồng trên các hồ thủy điện 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Quy mô, sản lượng
Tính đến ngày 30/9/2024, toàn tỉnh có 1.578 lồng nuôi cá trên các hồ thủy điện Lai Châu, Bản Chát, Huội Quảng, đạt 87,7% kế hoạch năm (kế hoạch 1.800 lồng), tổng thể tích 167.730 m³. Sản lượng cá lồng 9 tháng năm 2024 ước đạt 812 tấn, tăng 18,4% so với cùng kỳ năm 2023. Chi tiết theo huyện:

Bảng 1. Kết quả nuôi cá lồng theo địa bàn
Huyện | Số lồng (lồng) | Thể tích (m³) | Sản lượng 9 tháng năm 2024 (tấn) | So với KH năm (%)
Nậm Nhùn | 612 | 64.260 | 318,5 | 72,4
Mường Tè | 248 | 25.920 | 121,0 | 67,2
Than Uyên | 436 | 47.090 | 236,8 | 78,9
Tân Uyên | 185 | 19.980 | 94,2 | 62,8
Sìn Hồ | 97 | 10.480 | 41,5 | 55,3
Tổng cộng | 1.578 | 167.730 | 812,0 | 70,9

2. Thiệt hại do thiên tai
Trong quý III/2024, do ảnh hưởng của bão số 3 và mưa lũ, 46 lồng bị hư hỏng, cuốn trôi, thất thoát khoảng 18,6 tấn cá thương phẩm; tổng thiệt hại ước 1,35 tỷ đồng.

3. Tổ chức sản xuất, thị trường
Toàn tỉnh có 11 hợp tác xã, 3 doanh nghiệp và 214 hộ nuôi cá lồng; doanh thu của các hợp tác xã 9 tháng ước đạt 14,2 tỷ đồng. Giá cá lăng, cá bỗng thương phẩm ổn định ở mức 200.000-260.000 đồng/kg.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu cả năm 2024 đạt sản lượng 1.145 tấn; thả bổ sung 222 lồng tại Nậm Nhùn và Than Uyên; hoàn thành 100% hồ sơ giao khu vực mặt nước theo Nghị định số 11/2021/NĐ-CP.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, CCTS.
GIÁM ĐỐC
"""
asof = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
asof_i = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inherited=True)
m9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
m9_i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
rows = [("Nậm Nhùn", "612", "64.260", "318,5", "72,4"),
        ("Mường Tè", "248", "25.920", "121,0", "67,2"),
        ("Than Uyên", "436", "47.090", "236,8", "78,9"),
        ("Tân Uyên", "185", "19.980", "94,2", "62,8"),
        ("Sìn Hồ", "97", "10.480", "41,5", "55,3"),
        ("Tổng cộng", "1.578", "167.730", "812,0", "70,9")]
def num(s):
    return float(s.replace(".", "").replace(",", "."))
FIGS = [
    F("có 1.578 lồng", "1.578", 1578, "count", "lồng", "lồng nuôi cá trên các hồ thủy điện", percent=87.7,
      target={"value": 1800, "unit": "lồng", "met": False}, period=asof),
    F("thể tích 167.730 m³", "167.730", 167730, "measure", "m³", "tổng thể tích lồng nuôi", period=asof),
    F("ước đạt 812 tấn", "812", 812, "measure", "tấn", "sản lượng cá lồng", status="estimate",
      change=ch("increase", 18.4, "%", "cùng kỳ năm 2023"), period=m9),
]
for name, a, b, c, d in rows:
    loc = None if name == "Tổng cộng" else name
    sub = "" if loc else " tổng cộng"
    line = f"{name} | {a} | {b} | {c} | {d}"
    FIGS.append(F(f"{name} | {a} |", a, num(a), "count", "lồng", "Số lồng" + sub, period=asof_i, **({"location": loc} if loc else {})))
    FIGS.append(F(f"| {b} |", b, num(b), "measure", "m³", "Thể tích" + sub, period=asof_i, **({"location": loc} if loc else {})))
    FIGS.append(F(f"| {c} | {d}", c, num(c), "measure", "tấn", "Sản lượng 9 tháng năm 2024" + sub, period=m9,
                  **({"location": loc} if loc else {})))
    FIGS.append(F(f"{c} | {d}", d, num(d), "percent", "%", "Sản lượng so với KH năm" + sub, period=m9_i,
                  **({"location": loc} if loc else {})))
FIGS += [
    F("46 lồng", "46", 46, "count", "lồng", "lồng bị hư hỏng, cuốn trôi", period=q3),
    F("khoảng 18,6 tấn", "18,6", 18.6, "measure", "tấn", "cá thương phẩm thất thoát", approx="about", period=q3),
    F("ước 1,35 tỷ đồng", "1,35", 1350000000, "money", "đồng", "tổng thiệt hại", status="estimate", period=q3),
    F("có 11 hợp tác xã", "11", 11, "count", "hợp tác xã", "hợp tác xã nuôi cá lồng"),
    F("3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp nuôi cá lồng"),
    F("214 hộ", "214", 214, "count", "hộ", "hộ nuôi cá lồng"),
    F("ước đạt 14,2 tỷ đồng", "14,2", 14200000000, "money", "đồng", "doanh thu của các hợp tác xã", status="estimate",
      period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("200.000-260.000 đồng/kg", "200.000", 200000, "money", "đồng/kg", "giá cá lăng, cá bỗng thương phẩm", value_max=260000),
    F("sản lượng 1.145 tấn", "1.145", 1145, "measure", "tấn", "sản lượng cá lồng", status="target",
      period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("thả bổ sung 222 lồng", "222", 222, "count", "lồng", "lồng thả bổ sung", status="target",
      period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("hoàn thành 100% hồ sơ", "100", 100, "percent", "%", "hồ sơ giao khu vực mặt nước hoàn thành", status="target",
      period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
]
COMMENTS = [
    "Báo cáo Sở NN&PTNT tỉnh Lai Châu (formal report, letterhead 'Số: 468/BC-SNN', place-and-date line 05/10/2024 = `published`).",
    "Cage fish on the Lai Châu / Bản Chát / Huội Quảng reservoirs, 9 months 2024, with a flattened '|' table by district.",
    "Distractors: Số: 468/BC-SNN, 'bão số 3' (a storm's name), Nghị định số 11/2021/NĐ-CP, 'Bảng 1', section numbers I./II./1./2./3.,",
    "'Lưu: VT, CCTS', 'quý IV/2024' (heading). '1.578 lồng, đạt 87,7% kế hoạch năm (kế hoạch 1.800 lồng)': percent 87.7, target 1800.",
    "Table: every numeric cell is a figure; district rows take the district as location, 'Tổng cộng' keeps Lai Châu; unit from the column",
    "header. Only the 'Sản lượng 9 tháng năm 2024' column names its period (scored); the lồng and m³ columns take the as-of date from the",
    "text above and the '(%)' column the 9 months (inherited). No totals for table cells (as in the shared and earlier probe gold).",
    "The quý III damage figures; 'ước 1,35 tỷ' estimate. Section II targets ('Phấn đấu cả năm 2024') include '100% hồ sơ'.",
]
emit(4, TEXT, COMMENTS, FIGS, published="2024-10-05", location="Lai Châu")
