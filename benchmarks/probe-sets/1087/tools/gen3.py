"""p1087-3: formal report of UBND tỉnh Hà Giang, cattle markets in 9 months of 2023, flattened | table."""
from lib import F, make, period, inherit, change

TEXT = """UBND TỈNH HÀ GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Hà Giang, ngày 18 tháng 10 năm 2023

BÁO CÁO
Tình hình hoạt động chợ, điểm giao dịch trâu, bò 9 tháng đầu năm 2023

Thực hiện Công văn số 1935/BNN-TY ngày 25/3/2023 của Bộ Nông nghiệp và PTNT, UBND tỉnh Hà Giang báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Hoạt động giao dịch
Toàn tỉnh có 9 chợ, điểm giao dịch trâu, bò tại 4/11 huyện, thành phố. 9 tháng đầu năm 2023, các chợ tổ chức 468 phiên, giao dịch 21.340 con trâu, bò, bằng 93,4% cùng kỳ năm 2022. Kết quả cụ thể:
Đơn vị tính: con
Huyện | Số phiên (phiên) | Trâu | Bò | Tổng số
Đồng Văn | 116 | 1.020 | 4.860 | 5.880
Mèo Vạc | 112 | 980 | 4.310 | 5.290
Yên Minh | 124 | 1.450 | 3.670 | 5.120
Quản Bạ | 116 | 1.130 | 3.920 | 5.050
Tổng cộng | 468 | 4.580 | 16.760 | 21.340

2. Giá cả
Giá bò vàng địa phương (bò H'Mông) loại 1 từ 30 đến 45 triệu đồng/con, trâu từ 35 đến 50 triệu đồng/con; giá bình quân giảm khoảng 3-5% so với cùng kỳ do nhu cầu của thương lái miền xuôi giảm.

3. Thu phí
Mức thu phí hiện hành là 20.000 đồng/con. Tổng số phí thu được 9 tháng đạt 427 triệu đồng, đạt 71,2% dự toán năm.

4. Công tác thú y
Các Trạm Chăn nuôi và Thú y đã cấp 2.136 giấy chứng nhận kiểm dịch cho 17.985 con trâu, bò vận chuyển ra ngoài tỉnh, chiếm 84,3% số con giao dịch; tiêm phòng bổ sung vắc xin lở mồm long móng cho 3.260 con.

II. NHIỆM VỤ QUÝ IV/2023
Dự kiến quý IV/2023 các chợ giao dịch khoảng 8.000 con, nâng tổng số cả năm lên trên 29.000 con. Phấn đấu thu phí cả năm đạt 600 triệu đồng.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = period("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
M9i = inherit(M9)
M9b = period("9 tháng", "2023-01-01", "2023-09-30")
Q4 = period("quý IV/2023", "2023-10-01", "2023-12-31")
FY = period("cả năm", "2023-01-01", "2023-12-31")

ROWS = [  # (label, location, phiên, trâu, bò, tổng)
    ("Đồng Văn", "Đồng Văn", "116", "1.020", "4.860", "5.880"),
    ("Mèo Vạc", "Mèo Vạc", "112", "980", "4.310", "5.290"),
    ("Yên Minh", "Yên Minh", "124", "1.450", "3.670", "5.120"),
    ("Quản Bạ", "Quản Bạ", "116", "1.130", "3.920", "5.050"),
    ("Tổng cộng", "Hà Giang", "468", "4.580", "16.760", "21.340"),
]


def num(s):
    return float(s.replace(".", ""))


FIGS = [
    F("có 9 chợ", "9", 9, "count", "chợ", "chợ, điểm giao dịch trâu, bò"),
    F("tại 4/11 huyện", "4", 4, "count", "huyện, thành phố", "huyện, thành phố có chợ, điểm giao dịch trâu, bò", total=11),
    F("tổ chức 468 phiên", "468", 468, "count", "phiên", "phiên chợ trâu, bò", M9),
    F("giao dịch 21.340 con", "21.340", 21340, "count", "con", "trâu, bò giao dịch tại các chợ", M9, percent=93.4),
]
for label, loc, ph, trau, bo, tong in ROWS:
    tot = "tổng cộng " if label == "Tổng cộng" else ""
    FIGS += [
        F(f"{label} | {ph}", ph, num(ph), "count", "phiên", f"{tot}số phiên", M9i, location=loc),
        F(f"{ph} | {trau}", trau, num(trau), "count", "con", f"{tot}trâu giao dịch", M9i, location=loc),
        F(f"{trau} | {bo}", bo, num(bo), "count", "con", f"{tot}bò giao dịch", M9i, location=loc),
        F(f"{bo} | {tong}", tong, num(tong), "count", "con", f"tổng số trâu, bò giao dịch", M9i, location=loc),
    ]
FIGS += [
    F("từ 30 đến 45 triệu", "30", 30e6, "money", "đồng/con", "giá bò vàng địa phương (bò H'Mông) loại 1", value_max=45e6),
    F("từ 35 đến 50 triệu", "35", 35e6, "money", "đồng/con", "giá trâu", value_max=50e6),
    F("khoảng 3-5%", "3", 3, "percent", "%", "giá bình quân trâu, bò giảm so với cùng kỳ", value_max=5, approx="about"),
    F("là 20.000 đồng/con", "20.000", 20000, "money", "đồng/con", "mức thu phí hiện hành"),
    F("đạt 427 triệu đồng", "427", 427e6, "money", "đồng", "tổng số phí thu được", M9b, percent=71.2),
    F("cấp 2.136 giấy", "2.136", 2136, "count", "giấy chứng nhận kiểm dịch", "giấy chứng nhận kiểm dịch được cấp", M9i),
    F("cho 17.985 con", "17.985", 17985, "count", "con", "trâu, bò vận chuyển ra ngoài tỉnh được kiểm dịch", M9i,
      percent=84.3),
    F("cho 3.260 con", "3.260", 3260, "count", "con", "trâu, bò được tiêm phòng bổ sung vắc xin lở mồm long móng", M9i),
    F("khoảng 8.000 con", "8.000", 8000, "count", "con", "trâu, bò giao dịch tại các chợ", Q4,
      approx="about", status="forecast"),
    F("trên 29.000 con", "29.000", 29000, "count", "con", "tổng số trâu, bò giao dịch cả năm", FY,
      approx="over", status="forecast"),
    F("đạt 600 triệu đồng", "600", 600e6, "money", "đồng", "thu phí cả năm", FY, status="target"),
]

make("p1087-3", TEXT, FIGS, published="2023-10-18", location="Hà Giang", notes=[
    "Formal report (UBND tỉnh Hà Giang, Số: 287/BC-UBND): chợ, điểm giao dịch trâu, bò 9 tháng đầu năm 2023, flattened | table by district.",
    "Table period comes from the sentence above the table (inherited); district rows take the district as location, Tổng cộng row Hà Giang.",
    "Table cells get no totals (the Tổng cộng row is its own figure). 'bằng 93,4% cùng kỳ' is the percent of 21.340 con.",
    "Distractors: Số: 287/BC-UBND, report date, Công văn số 1935/BNN-TY ngày 25/3/2023, section numbers I./II./1.-4., 'loại 1', NHIỆM VỤ QUÝ IV/2023 heading.",
])
