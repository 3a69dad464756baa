"""p798-3: formal report (Sở TT&TT Quảng Trị), flattened | table by district, 9 months 2024."""
from lib import F, period, inherit, change, target, write

TEXT = """UBND TỈNH QUẢNG TRỊ
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 215/BC-STTTT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 18 tháng 10 năm 2024

BÁO CÁO
Kết quả hoạt động hệ thống điểm bưu điện văn hóa xã 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Mạng lưới và người hưởng chính sách
Tính đến ngày 30/9/2024, mạng lưới điểm BĐVHX tại 5 huyện có đông người hưởng như sau:
Đơn vị tính: điểm; người
Huyện | Số điểm BĐVHX | Điểm có internet | Người nhận lương hưu tại điểm
Hướng Hóa | 21 | 17 | 1.240
Gio Linh | 18 | 18 | 1.615
Vĩnh Linh | 19 | 16 | 1.872
Triệu Phong | 17 | 17 | 2.034
Hải Lăng | 19 | 15 | 1.921
Tổng cộng | 94 | 83 | 8.682
Số người nhận lương hưu tại điểm BĐVHX chiếm 23,5% tổng số người hưởng qua bưu điện trên địa bàn tỉnh.

2. Doanh thu, sản lượng
9 tháng đầu năm 2024, tổng doanh thu của hệ thống điểm BĐVHX ước đạt 21,7 tỷ đồng, bằng 76,4% kế hoạch năm, tăng 9,8% so với cùng kỳ; trong đó doanh thu dịch vụ tài chính bưu chính đạt 8,9 tỷ đồng, chiếm 41%. Các điểm đã tiếp nhận 5.318 hồ sơ và trả 11.746 kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích; chi trả lương hưu, trợ cấp với tổng số tiền khoảng 392 tỷ đồng.

II. TỒN TẠI, HẠN CHẾ
Còn 11/94 điểm chưa có kết nối internet; 7 điểm có doanh thu dưới 1 triệu đồng/tháng, chủ yếu tại huyện Hướng Hóa.

III. NHIỆM VỤ QUÝ IV/2024
Phấn đấu cả năm 2024 doanh thu hệ thống điểm BĐVHX đạt 28,4 tỷ đồng; 100% điểm BĐVHX có kết nối internet trước ngày 31/12/2024.

Nơi nhận:
- Bộ TT&TT (b/c);
- UBND tỉnh (b/c);
- Lưu: VT, BCVT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
"""

ASOF = period("Tính đến ngày 30/9/2024", None, "2024-09-30")
T = inherit(ASOF)
M9 = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")

ROWS = [  # district, points, internet, pensioners, anchors
    ("Hướng Hóa", 21, 17, "1.240", 1240),
    ("Gio Linh", 18, 18, "1.615", 1615),
    ("Vĩnh Linh", 19, 16, "1.872", 1872),
    ("Triệu Phong", 17, 17, "2.034", 2034),
    ("Hải Lăng", 19, 15, "1.921", 1921),
    ("Tổng cộng", 94, 83, "8.682", 8682),
]

FIGS = [
    F("tại 5 huyện", "5", 5, "count", "huyện", subject="huyện có đông người hưởng", period=ASOF),
]
for name, pts, net, pen_s, pen in ROWS:
    loc = "Quảng Trị" if name == "Tổng cộng" else name
    lab = "tổng cộng " if name == "Tổng cộng" else ""
    FIGS += [
        F(f"{name} | {pts} |", str(pts), pts, "count", "điểm", subject=f"{lab}số điểm BĐVHX", period=T,
          location=loc),
        F(f"| {net} | {pen_s}", str(net), net, "count", "điểm", subject=f"{lab}điểm có internet",
          period=T, location=loc),
        F(f"| {pen_s}", pen_s, pen, "count", "người",
          subject=f"{lab}người nhận lương hưu tại điểm", period=T, location=loc),
    ]

FIGS += [
    F("chiếm 23,5% tổng số", "23,5", 23.5, "percent", "%",
      subject="tỷ lệ người nhận lương hưu tại điểm BĐVHX trong tổng số người hưởng qua bưu điện", period=T),
    F("ước đạt 21,7 tỷ đồng", "21,7", 21.7e9, "money", "đồng", percent=76.4, status="estimate",
      change=change("increase", 9.8, "%", "cùng kỳ"), subject="tổng doanh thu của hệ thống điểm BĐVHX",
      period=M9),
    F("đạt 8,9 tỷ đồng", "8,9", 8.9e9, "money", "đồng", total=21.7e9, percent=41, status="estimate",
      subject="doanh thu dịch vụ tài chính bưu chính", period=M9),
    F("tiếp nhận 5.318 hồ sơ", "5.318", 5318, "count", "hồ sơ",
      subject="hồ sơ thủ tục hành chính tiếp nhận qua bưu chính công ích", period=inherit(M9)),
    F("trả 11.746 kết quả", "11.746", 11746, "count", "kết quả",
      subject="kết quả giải quyết thủ tục hành chính trả qua bưu chính công ích", period=inherit(M9)),
    F("khoảng 392 tỷ đồng", "392", 392e9, "money", "đồng", approx="about",
      subject="tổng số tiền chi trả lương hưu, trợ cấp", period=inherit(M9)),
    F("Còn 11/94 điểm", "11", 11, "count", "điểm", total=94,
      subject="điểm BĐVHX chưa có kết nối internet"),
    F("; 7 điểm có", "7", 7, "count", "điểm", subject="điểm BĐVHX có doanh thu dưới 1 triệu đồng/tháng"),
    F("dưới 1 triệu đồng/tháng", "1", 1e6, "money", "đồng/tháng", approx="under",
      subject="ngưỡng doanh thu của điểm BĐVHX", optional=True),
    F("đạt 28,4 tỷ đồng", "28,4", 28.4e9, "money", "đồng", status="target",
      subject="doanh thu hệ thống điểm BĐVHX", period=period("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("đồng; 100% điểm", "100", 100, "percent", "%", status="target",
      subject="điểm BĐVHX có kết nối internet",
      period=period("trước ngày 31/12/2024", None, "2024-12-31")),
]

NOTES = [
    "Probe 798. Formal report of Sở TT&TT Quảng Trị, Số: 215/BC-STTTT, dated 18/10/2024 (published).",
    "Flattened | table: every cell is a figure; subject = row/column label, a district row label goes to location, the",
    "Tổng cộng row is Quảng Trị. Unit from 'Đơn vị tính: điểm; người' by column. The as-of date stands in the line above",
    "the table (inherited, not scored). Table cells get no total (the Tổng cộng row is its own figure). '8,9 tỷ' after",
    "'trong đó' takes the 21,7 tỷ total and stays an estimate (part of an estimated whole). '11/94 điểm' total 94.",
    "Deadline 'trước ngày 31/12/2024' of the 100% target is an as-of end date. Threshold 'dưới 1 triệu đồng/tháng' optional.",
    "Not figures: Số: 215/BC-STTTT, section numbers I.-III., 1.-2., QUÝ IV/2024 heading, (b/c) list, date line.",
]

if __name__ == "__main__":
    write("p798-3", TEXT, NOTES, FIGS, published="2024-10-18", location="Quảng Trị")
