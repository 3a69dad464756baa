"""p1017-3: formal report, UBND tỉnh Quảng Nam, 9 months 2023, flattened '|' table by locality."""
from lib import F, P, write

TEXT = """UBND TỈNH QUẢNG NAM
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 05 tháng 10 năm 2023

BÁO CÁO
Kết quả đăng ký đất đai, cấp giấy chứng nhận quyền sử dụng đất 9 tháng đầu năm 2023

Thực hiện Công văn số 3125/BTNMT-ĐKDLTTĐĐ ngày 20/9/2023 của Bộ Tài nguyên và Môi trường, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Cấp giấy chứng nhận lần đầu
Trong 9 tháng đầu năm 2023, toàn tỉnh cấp 9.800 giấy chứng nhận (GCN) lần đầu cho hộ gia đình, cá nhân với diện tích 2.156,3 ha, đạt 70% kế hoạch năm. Kết quả tại một số địa phương như sau:

Đơn vị tính: giấy chứng nhận
STT | Địa phương | Kế hoạch năm 2023 | Thực hiện 9 tháng | Tỷ lệ (%)
1 | Thành phố Tam Kỳ | 1.200 | 874 | 72,8
2 | Thị xã Điện Bàn | 2.500 | 1.936 | 77,4
3 | Huyện Đại Lộc | 1.800 | 1.105 | 61,4
4 | Huyện Thăng Bình | 2.000 | 1.412 | 70,6
5 | Huyện Nam Trà My | 300 | 96 | 32,0
6 | Các địa phương khác | 6.200 | 4.377 | 70,6
 | Tổng cộng | 14.000 | 9.800 | 70,0

2. Đăng ký biến động, cấp đổi, cấp lại
Các Chi nhánh Văn phòng Đăng ký đất đai đã giải quyết 41.270 hồ sơ đăng ký biến động, cấp đổi, cấp lại GCN; trong đó có 1.385 hồ sơ giải quyết quá hạn, chiếm 3,4%. Thu phí thẩm định hồ sơ và lệ phí cấp GCN đạt 6,84 tỷ đồng.

II. TỒN TẠI, HẠN CHẾ
Toàn tỉnh còn 5.612 hồ sơ cấp GCN lần đầu tồn đọng, chủ yếu do nguồn gốc đất phức tạp, lấn chiếm đất rừng; trong đó huyện Nam Trà My còn 1.208 hồ sơ, chiếm 21,5%.

III. NHIỆM VỤ QUÝ IV/2023
Phấn đấu trong quý IV/2023 cấp thêm 4.200 GCN lần đầu, bảo đảm hoàn thành kế hoạch năm; kết quả báo cáo HĐND tỉnh tại Kỳ họp thứ 16.

Nơi nhận: Bộ TN&MT; TT Tỉnh ủy; Lưu: VT.
"""

NINE_I = P("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30", inherited=True)
PLAN = P("Kế hoạch năm 2023", "2023-01-01", "2023-12-31")
DONE = P("Thực hiện 9 tháng", "2023-01-01", "2023-09-30")
U = "giấy chứng nhận"
SP = "Kế hoạch năm 2023"
SD = "Thực hiện 9 tháng"
SR = "Tỷ lệ (%)"

ROWS = [  # (plan anchor, plan number, plan value, done anchor, done number, done value, rate anchor, rate number, rate, place, extra subject)
    ("| 1.200 |", "1.200", 1200, "| 874 |", "874", 874, "| 72,8", "72,8", 72.8, "Tam Kỳ", ""),
    ("| 2.500 |", "2.500", 2500, "| 1.936 |", "1.936", 1936, "| 77,4", "77,4", 77.4, "Điện Bàn", ""),
    ("| 1.800 |", "1.800", 1800, "| 1.105 |", "1.105", 1105, "| 61,4", "61,4", 61.4, "Đại Lộc", ""),
    ("| 2.000 |", "2.000", 2000, "| 1.412 |", "1.412", 1412, "1.412 | 70,6", "70,6", 70.6, "Thăng Bình", ""),
    ("| 300 |", "300", 300, "| 96 |", "96", 96, "| 32,0", "32,0", 32.0, "Nam Trà My", ""),
    ("| 6.200 |", "6.200", 6200, "| 4.377 |", "4.377", 4377, "4.377 | 70,6", "70,6", 70.6, "Quảng Nam",
     "Các địa phương khác "),
    ("| 14.000 |", "14.000", 14000, "| 14.000 | 9.800", "9.800", 9800, "| 70,0", "70,0", 70.0, "Quảng Nam",
     "Tổng cộng "),
]

FIGS = [
    F("cấp 9.800 giấy", "9.800", 9800, "count", "giấy chứng nhận",
      "giấy chứng nhận (GCN) lần đầu cho hộ gia đình, cá nhân", percent=70,
      period=P("Trong 9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")),
    F("diện tích 2.156,3 ha", "2.156,3", 2156.3, "measure", "ha", "diện tích cấp GCN lần đầu",
      period=P("Trong 9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")),
]
for pa, pn, pv, da, dn, dv, ra, rn, rv, place, extra in ROWS:
    FIGS.append(F(pa, pn, pv, "count", U, extra + SP, status="target", period=PLAN, location=place))
    FIGS.append(F(da, dn, dv, "count", U, extra + SD, period=DONE, location=place))
    FIGS.append(F(ra, rn, rv, "percent", "%", extra + SR, period=NINE_I, location=place))

FIGS += [
    F("giải quyết 41.270 hồ sơ", "41.270", 41270, "count", "hồ sơ",
      "hồ sơ đăng ký biến động, cấp đổi, cấp lại GCN đã giải quyết", period=NINE_I),
    F("có 1.385 hồ sơ", "1.385", 1385, "count", "hồ sơ", "hồ sơ giải quyết quá hạn",
      total=41270, percent=3.4, period=NINE_I),
    F("đạt 6,84 tỷ đồng", "6,84", 6.84e9, "money", "đồng", "thu phí thẩm định hồ sơ và lệ phí cấp GCN",
      period=NINE_I),
    F("còn 5.612 hồ sơ", "5.612", 5612, "count", "hồ sơ", "hồ sơ cấp GCN lần đầu tồn đọng"),
    F("còn 1.208 hồ sơ", "1.208", 1208, "count", "hồ sơ", "hồ sơ cấp GCN lần đầu tồn đọng",
      total=5612, percent=21.5, location="Nam Trà My"),
    F("thêm 4.200 GCN", "4.200", 4200, "count", "GCN", "GCN lần đầu cấp thêm", status="target",
      period=P("quý IV/2023", "2023-10-01", "2023-12-31")),
]

COMMENTS = [
    "Formal report of UBND tỉnh Quảng Nam (Số: 287/BC-UBND, 05/10/2023): certificates 9 months 2023, flattened '|' table.",
    "Distractors: Số 287/BC-UBND, Công văn số 3125/BTNMT-ĐKDLTTĐĐ ngày 20/9/2023, section numbers I-III and 1-2, STT 1-6,",
    "heading 'NHIỆM VỤ QUÝ IV/2023', 'Kỳ họp thứ 16'.",
    "'đạt 70% kế hoạch năm' is the share of the 9.800 certificates (9.800/14.000 in the table), not of the area.",
    "Table: every numeric cell is a figure; 'Kế hoạch năm 2023' cells are targets; periods from the column headers are scored;",
    "the 'Tỷ lệ (%)' column has no period of its own (inherited 9 months). Row places go to location; 'Các địa phương khác'",
    "and 'Tổng cộng' are Quảng Nam. No totals in table cells (the Tổng cộng row is its own figure).",
    "Report date 'Quảng Nam, ngày 05 tháng 10 năm 2023' is the published date.",
    "revised: table subjects reduced to row label + column label (FIGURES.md tables); they first added the unit and an invented indicator.",
]

if __name__ == "__main__":
    write("p1017-3", TEXT, FIGS, COMMENTS, published="2023-10-05", location="Quảng Nam")
