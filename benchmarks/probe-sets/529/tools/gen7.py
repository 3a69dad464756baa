"""p529-7: Sở Y tế TP. Cần Thơ site (no dateline), bed use in public hospitals 2023, one-cell-per-line table."""
from lib import F, P, INH, CH, emit

ROWS = [
    ("Bệnh viện Đa khoa thành phố", "900", "1.150", "104,6"),
    ("Bệnh viện Nhi đồng", "500", "620", "98,2"),
    ("Bệnh viện Ung bướu", "400", "530", "112,7"),
    ("Bệnh viện Phụ sản", "350", "450", "87,5"),
    ("Bệnh viện Y học cổ truyền", "200", "180", "71,3"),
]

table = "\n".join("\n".join(r) for r in ROWS)

TEXT = f"""SỞ Y TẾ THÀNH PHỐ CẦN THƠ
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính

Tình hình sử dụng giường bệnh tại các bệnh viện công lập năm 2023

Năm 2023, 9 bệnh viện công lập trực thuộc Sở Y tế thành phố Cần Thơ có tổng số 4.650 giường bệnh thực kê, điều trị nội trú cho 218.430 lượt người bệnh. Công suất sử dụng giường bệnh bình quân đạt 91,4%, tăng 6,8 điểm phần trăm so với năm 2022.

Bảng 2. Giường bệnh và công suất sử dụng giường bệnh của một số bệnh viện năm 2023
Bệnh viện
Giường kế hoạch (giường)
Giường thực kê (giường)
Công suất sử dụng (%)
{table}

Các bệnh viện đã chuyển 3.106 lượt người bệnh lên tuyến Trung ương, chiếm 1,4% số lượt điều trị nội trú; ngày điều trị trung bình là 6,1 ngày. Tại Bệnh viện Ung bướu, có thời điểm 2 người bệnh nằm chung 1 giường.

Năm 2024, Sở Y tế đặt mục tiêu công suất sử dụng giường bệnh bình quân từ 85 đến 95%, giảm tình trạng nằm ghép tại các bệnh viện chuyên khoa; đồng thời bổ sung 150 giường bệnh cho Bệnh viện Ung bướu.

Địa chỉ: số 71 đường 30 Tháng 4, phường Xuân Khánh, quận Ninh Kiều, TP. Cần Thơ. Điện thoại: 0292.3820.518.
Số lượt truy cập: 1.284.305
"""

Y23 = INH(P("năm 2023", "2023-01-01", "2023-12-31"))
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Năm 2023, 9 bệnh viện", "9", 9, "count", "bệnh viện", "bệnh viện công lập trực thuộc Sở Y tế",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("tổng số 4.650 giường", "4.650", 4650, "count", "giường bệnh", "tổng số giường bệnh thực kê",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("cho 218.430 lượt", "218.430", 218430, "count", "lượt người bệnh", "lượt người bệnh điều trị nội trú",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("bình quân đạt 91,4%", "91,4", 91.4, "percent", "%", "công suất sử dụng giường bệnh bình quân", Y23,
      change=CH("increase", 6.8, "điểm phần trăm", "năm 2022")),
]
prev = "Công suất sử dụng (%)"
for name, plan, real, cap in ROWS:
    short = name
    FIGS.append(F(f"{prev}\n{name}\n{plan}\n", plan, float(plan.replace(".", "")), "count", "giường",
                  "giường kế hoạch " + short, Y23, status="target"))
    FIGS.append(F(f"\n{plan}\n{real}\n", real, float(real.replace(".", "")), "count", "giường",
                  "giường thực kê " + short, Y23))
    FIGS.append(F(f"\n{real}\n{cap}\n", cap, float(cap.replace(",", ".")), "percent", "%",
                  "công suất sử dụng giường bệnh " + short, Y23))
    prev = cap
FIGS += [
    F("chuyển 3.106 lượt", "3.106", 3106, "count", "lượt người bệnh", "lượt người bệnh chuyển lên tuyến Trung ương",
      Y23, percent=1.4),
    F("là 6,1 ngày", "6,1", 6.1, "measure", "ngày", "ngày điều trị trung bình", Y23),
    F("thời điểm 2 người bệnh", "2", 2, "count", "người bệnh", "người bệnh nằm chung 1 giường", optional=True),
    F("từ 85 đến 95%", "85", 85, "percent", "%", "công suất sử dụng giường bệnh bình quân", Y24,
      value_max=95, status="target"),
    F("bổ sung 150 giường", "150", 150, "count", "giường bệnh", "giường bệnh bổ sung cho Bệnh viện Ung bướu",
      INH(Y24), status="target"),
]

COMMENTS = [
    "Sở Y tế TP. Cần Thơ site: bed use in public hospitals in 2023; no dateline anywhere (published none); footer visit counter.",
    "Not figures: 'Bảng 2.', 'đường 30 Tháng 4', 'số 71', phone 0292.3820.518, 'Số lượt truy cập: 1.284.305', '1 giường' in 'nằm chung 1 giường'.",
    "One-cell-per-line table, units in the column headers: every numeric cell is a figure; subject = column label + hospital (row label,",
    "not a place); 'Giường kế hoạch' column → status target (spec: Kế hoạch column); periods from the table title (inherited, unscored).",
    "'tăng 6,8 điểm phần trăm so với năm 2022' is the change of 91,4% (unit điểm phần trăm). '2 người bệnh nằm chung 1 giường' is an",
    "illustration (optional). 'đặt mục tiêu … từ 85 đến 95%' → range, target; 'đồng thời bổ sung 150 giường' continues the target clause.",
    "The location Cần Thơ is named in the lead ('Sở Y tế thành phố Cần Thơ').",
]

if __name__ == "__main__":
    emit("p529-7", TEXT, COMMENTS, FIGS, location="Cần Thơ")
