from lib import *

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HẢI DƯƠNG
Chi cục Thủy lợi
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả chuẩn bị vật tư dự trữ phòng, chống lụt, bão năm 2024

Thực hiện Quyết định số 467/QĐ-UBND của UBND tỉnh về phương án hộ đê, các huyện, thị xã, thành phố có đê đã cơ bản hoàn thành dự trữ vật tư. Ngoài đá hộc, toàn tỉnh đã dự trữ 86.000 m3 đất tại 214 bãi dọc đê, 310.000 bao tải, 12.500 rọ thép và 4.800 m2 vải lọc.

Bảng: Đá hộc dự trữ tại các địa phương trọng điểm
Đơn vị tính: m3
Địa phương
Kế hoạch 2024
Thực hiện đến 31/5/2024
Tỷ lệ (%)
Kinh Môn
9.500
9.800
103,2
Chí Linh
8.000
7.650
95,6
Nam Sách
6.000
6.200
103,3
Thanh Hà
5.500
5.100
92,7
Toàn tỉnh
50.000
52.400
104,8

Đối với các địa phương chưa đạt kế hoạch, Chi cục đề nghị bổ sung xong trước ngày 30/6. Trong tháng 5, Chi cục đã tổ chức 2 đợt tập huấn kỹ thuật hộ đê cho 1.350 lượt người. Mức hỗ trợ cho lực lượng tuần tra, canh gác đê trong mùa lũ là 250.000 đồng/người/ngày đêm.

Theo rà soát của Chi cục, toàn tỉnh còn 7 trọng điểm xung yếu trên các tuyến đê sông Thái Bình, sông Kinh Thầy, sông Luộc; mỗi trọng điểm đã có phương án bảo vệ riêng và được giao cho các đơn vị quân đội đứng chân trên địa bàn phối hợp.

Chi cục Thủy lợi Hải Dương - Số 20 đường Thanh Niên, TP. Hải Dương
Tổng số lượt truy cập: 1.208.574
"""

PLAN = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
DONE = P("Thực hiện đến 31/5/2024", None, "2024-05-31")
M5 = P("Trong tháng 5", "2024-05-01", "2024-05-31")

ROWS = [
    ("Kinh Môn", "9.500", 9500, "9.800", 9800, "103,2", 103.2, "Kinh Môn"),
    ("Chí Linh", "8.000", 8000, "7.650", 7650, "95,6", 95.6, "Chí Linh"),
    ("Nam Sách", "6.000", 6000, "6.200", 6200, "103,3", 103.3, "Nam Sách"),
    ("Thanh Hà", "5.500", 5500, "5.100", 5100, "92,7", 92.7, "Thanh Hà"),
    ("Toàn tỉnh", "50.000", 50000, "52.400", 52400, "104,8", 104.8, "Hải Dương"),
]

FIGS = [
    F("dự trữ 86.000 m3", "86.000", 86000, "measure", "m3", "đất dự trữ"),
    F("tại 214 bãi", "214", 214, "count", "bãi", "bãi vật tư dọc đê"),
    F("310.000 bao tải", "310.000", 310000, "count", "bao tải", "bao tải dự trữ"),
    F("12.500 rọ thép", "12.500", 12500, "count", "rọ thép", "rọ thép dự trữ"),
    F("4.800 m2", "4.800", 4800, "measure", "m2", "vải lọc dự trữ"),
]
for label, np_, vp, nd, vd, nr, vr, loc in ROWS:
    FIGS += [
        F(f"{label}\n{np_}", np_, vp, "measure", "m3", "đá hộc dự trữ kế hoạch 2024", PLAN, status="target", location=loc),
        F(f"{np_}\n{nd}", nd, vd, "measure", "m3", "đá hộc dự trữ thực hiện đến 31/5/2024", DONE, location=loc),
        F(f"{nd}\n{nr}", nr, vr, "percent", "%", "đá hộc dự trữ tỷ lệ", I(DONE), location=loc),
    ]
FIGS += [
    F("tổ chức 2 đợt", "2", 2, "count", "đợt", "đợt tập huấn kỹ thuật hộ đê", M5),
    F("cho 1.350 lượt người", "1.350", 1350, "count", "lượt người", "lượt người được tập huấn kỹ thuật hộ đê", M5),
    F("250.000 đồng/người/ngày đêm", "250.000", 250000, "money", "đồng/người/ngày đêm",
      "mức hỗ trợ cho lực lượng tuần tra, canh gác đê trong mùa lũ"),
    F("còn 7 trọng điểm", "7", 7, "count", "trọng điểm", "trọng điểm xung yếu trên các tuyến đê"),
]

COMMENTS = [
    "revised after the first run: ratio-column subject was 'đá hộc dự trữ tỷ lệ thực hiện so với kế hoạch'; the gloss",
    "after 'tỷ lệ' is not in the header 'Tỷ lệ (%)' (FIGURES.md: row label + column label; the table title gives 'đá hộc dự trữ'), now 'đá hộc dự trữ tỷ lệ'.",
    "Department site (Chi cục Thủy lợi, Sở NN&PTNT Hải Dương), no dateline; visit counter 1.208.574 in the footer (not a figure).",
    "One-cell-per-line table with 'Đơn vị tính: m3': Địa phương | Kế hoạch 2024 | Thực hiện đến 31/5/2024 | Tỷ lệ (%).",
    "Every numeric cell is a figure; district rows give location (the 'Toàn tỉnh' row is Hải Dương); Kế hoạch column status target,",
    "period from column headers (Kế hoạch 2024 = year 2024, 'Thực hiện đến 31/5/2024' = as-of); the Tỷ lệ column is percent,",
    "its period only implied (inherited). 'Trong tháng 5' takes 2024 from the title. Not figures: Quyết định số 467/QĐ-UBND,",
    "'trước ngày 30/6', 'Số 20 đường Thanh Niên', the counter.",
]

emit("p565-7", TEXT, COMMENTS, FIGS, location="Hải Dương")
