"""p927-3: Quảng Nam formal report, first half 2024, flattened '|' table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH QUẢNG NAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 215/BC-UBND
Quảng Nam, ngày 12 tháng 7 năm 2024

BÁO CÁO
Kết quả cấp giấy chứng nhận quyền sử dụng đất lần đầu 6 tháng đầu năm 2024

Thực hiện Công văn số 2760/BTNMT-ĐĐ ngày 04/4/2024 của Bộ Tài nguyên và Môi trường, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Cấp giấy chứng nhận lần đầu
6 tháng đầu năm 2024, toàn tỉnh cấp 3.415 giấy chứng nhận lần đầu với diện tích 865,3 ha. Kết quả tại một số địa phương:

Đơn vị tính: giấy chứng nhận
Địa phương | Kế hoạch năm 2024 | Thực hiện 6 tháng | Tỷ lệ (%)
Thăng Bình | 1.800 | 812 | 45,1
Duy Xuyên | 1.500 | 705 | 47,0
Núi Thành | 1.400 | 538 | 38,4
Tiên Phước | 1.100 | 463 | 42,1
Các địa phương còn lại | 2.200 | 897 | 40,8
Tổng cộng | 8.000 | 3.415 | 42,7

2. Giải quyết tồn đọng
Tính đến ngày 30/6/2024, toàn tỉnh còn 17.530 thửa đất chưa được cấp giấy chứng nhận lần đầu, giảm 2.140 thửa so với cuối năm 2023. Trong đó, 6.215 thửa có nguồn gốc lấn chiếm, 3.870 thửa đang tranh chấp, số còn lại do người sử dụng đất chưa kê khai, đăng ký.

3. Đăng ký biến động
Các Chi nhánh Văn phòng Đăng ký đất đai đã tiếp nhận 28.640 hồ sơ đăng ký biến động, giải quyết 27.912 hồ sơ, trong đó trễ hạn 186 hồ sơ, chiếm 0,67%.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
1. Phấn đấu cấp thêm khoảng 4.600 giấy chứng nhận lần đầu, đưa tỷ lệ hoàn thành kế hoạch năm 2024 đạt trên 100%.
2. Tập trung giải quyết dứt điểm các trường hợp tranh chấp, xử lý nghiêm cán bộ để hồ sơ trễ hạn.

Nơi nhận:
- Bộ TN&MT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = P("Thực hiện 6 tháng", "2024-01-01", "2024-06-30")
AS = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
H2 = P("6 THÁNG CUỐI NĂM", "2024-07-01", "2024-12-31", inherited=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

S_KH = "kế hoạch cấp giấy chứng nhận lần đầu năm 2024"
S_TH = "giấy chứng nhận lần đầu thực hiện 6 tháng"
S_TL = "tỷ lệ thực hiện so với kế hoạch năm"

FIGS = [
    F("cấp 3.415 giấy", "3.415", 3415, "count", "giấy chứng nhận", "giấy chứng nhận cấp lần đầu", H1),
    F("diện tích 865,3 ha", "865,3", 865.3, "measure", "ha", "diện tích cấp giấy chứng nhận lần đầu", H1),
]
rows = [("Thăng Bình", "1.800", "812", "45,1"), ("Duy Xuyên", "1.500", "705", "47,0"),
        ("Núi Thành", "1.400", "538", "38,4"), ("Tiên Phước", "1.100", "463", "42,1"),
        ("Các địa phương còn lại", "2.200", "897", "40,8"), ("Tổng cộng", "8.000", "3.415", "42,7")]
for name, kh, th, tl in rows:
    loc = name if name not in ("Các địa phương còn lại", "Tổng cộng") else None
    extra = "" if loc else (", các địa phương còn lại" if name.startswith("Các") else ", tổng cộng")
    kw = {"location": loc} if loc else {}
    line = f"{name} | {kh} | {th} | {tl}"
    num = lambda s: float(s.replace(".", "").replace(",", "."))
    FIGS += [
        F(f"{name} | {kh}", kh, num(kh), "count", "giấy chứng nhận", S_KH + extra, KH, status="target", **kw),
        F(f"{kh} | {th} |", th, num(th), "count", "giấy chứng nhận", S_TH + extra, TH, **kw),
        F(f"{th} | {tl}", tl, num(tl), "percent", "%", S_TL + extra, I(H1), **kw),
    ]
FIGS += [
    F("còn 17.530 thửa", "17.530", 17530, "count", "thửa đất", "thửa đất chưa được cấp giấy chứng nhận lần đầu", AS,
      change=C("decrease", 2140, "thửa", baseline="cuối năm 2023")),
    F("6.215 thửa", "6.215", 6215, "count", "thửa", "thửa đất chưa được cấp có nguồn gốc lấn chiếm", I(AS),
      total=17530),
    F("3.870 thửa", "3.870", 3870, "count", "thửa", "thửa đất chưa được cấp đang tranh chấp", I(AS), total=17530),
    F("tiếp nhận 28.640 hồ sơ", "28.640", 28640, "count", "hồ sơ", "hồ sơ đăng ký biến động tiếp nhận", I(H1)),
    F("giải quyết 27.912 hồ sơ", "27.912", 27912, "count", "hồ sơ", "hồ sơ đăng ký biến động giải quyết", I(H1)),
    F("trễ hạn 186 hồ sơ", "186", 186, "count", "hồ sơ", "hồ sơ đăng ký biến động trễ hạn", I(H1),
      total=27912, percent=0.67),
    F("khoảng 4.600 giấy", "4.600", 4600, "count", "giấy chứng nhận", "giấy chứng nhận lần đầu cấp thêm", H2,
      approx="about", status="target"),
    F("trên 100%", "100", 100, "percent", "%", "tỷ lệ hoàn thành kế hoạch năm 2024", Y24,
      approx="over", status="target"),
]

NOTES = [
    "Quảng Nam formal report 215/BC-UBND, 6 tháng đầu năm 2024, with a flattened '|' table by district.",
    "Distractors: 'Số: 215/BC-UBND', 'ngày 12 tháng 7 năm 2024', 'Công văn số 2760/BTNMT-ĐĐ ngày 04/4/2024',",
    "section numbers I., II., 1.-3., 'Nơi nhận' list.",
    "Table: every numeric cell a figure; district rows give location; 'Kế hoạch năm 2024' column -> target, period 2024;",
    "'Thực hiện 6 tháng' -> first half 2024 (year from context); 'Tỷ lệ (%)' column has no period in its header (inherited).",
    "Rows 'Các địa phương còn lại' and 'Tổng cộng' keep the province. Table cells carry no totals.",
    "Section II items: '6 THÁNG CUỐI NĂM' heading gives an inherited period.",
]

write("p927-3", TEXT, FIGS, NOTES, published="2024-07-12", location="Quảng Nam")
