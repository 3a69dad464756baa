#!/usr/bin/env python3
"""p716-3: UBND tỉnh Bình Dương formal report — domestic solid waste collection and treatment, 9 months 2024 (| table)."""
from lib import F, P, I, CH, TG, emit

TEXT = """UBND TỈNH BÌNH DƯƠNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 412/BC-UBND
Bình Dương, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả thu gom, xử lý chất thải rắn sinh hoạt 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Thu gom, vận chuyển
Thực hiện Quyết định số 1520/QĐ-UBND, trong 9 tháng năm 2024, khối lượng chất thải rắn sinh hoạt (CTRSH) phát sinh trên địa bàn tỉnh khoảng 2.350 tấn/ngày; khối lượng được thu gom đạt 2.291 tấn/ngày. Tỷ lệ CTRSH được thu gom đạt 97,5% (chỉ tiêu năm 2024 là 98%).

2. Xử lý
Bảng 1. Khối lượng CTRSH được xử lý theo phương pháp
Phương pháp xử lý | Khối lượng (tấn/ngày) | Tỷ lệ (%) | Kế hoạch năm 2024 (tấn/ngày)
Đốt phát điện | 1.180 | 51,5 | 1.300
Sản xuất phân compost | 520 | 22,7 | 560
Tái chế | 245 | 10,7 | 300
Chôn lấp hợp vệ sinh | 346 | 15,1 | 190
Tổng cộng | 2.291 | 100 | 2.350

Trong 9 tháng, hai nhà máy đốt rác phát điện tại Khu liên hợp xử lý chất thải Nam Bình Dương (tổng công suất thiết kế 1.400 tấn/ngày) đã phát lên lưới 68,4 triệu kWh, tăng 12,3% so với cùng kỳ.

Tổng kinh phí thu gom, vận chuyển và xử lý CTRSH 9 tháng ước thực hiện 486,2 tỷ đồng, đạt 74,8% dự toán năm; trong đó ngân sách tỉnh 312,5 tỷ đồng, nguồn thu giá dịch vụ từ hộ gia đình, cơ sở 173,7 tỷ đồng.

II. NHIỆM VỤ QUÝ IV/2024
Tiếp tục nâng tỷ lệ CTRSH xử lý bằng công nghệ đốt phát điện; phấn đấu đến cuối năm 2024 giảm tỷ lệ chôn lấp xuống dưới 10%. Dự kiến bổ sung 35 tỷ đồng kinh phí vận hành cho các đơn vị xử lý.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TITLE = I(P("9 tháng năm 2024", "2024-01-01", "2024-09-30"))

ROWS = [
    # label, anchor prefix, mass, pct, plan
    ("đốt phát điện", "Đốt phát điện | ", ("1.180", 1180), ("51,5", 51.5), ("1.300", 1300)),
    ("sản xuất phân compost", "Sản xuất phân compost | ", ("520", 520), ("22,7", 22.7), ("560", 560)),
    ("tái chế", "Tái chế | ", ("245", 245), ("10,7", 10.7), ("300", 300)),
    ("chôn lấp hợp vệ sinh", "Chôn lấp hợp vệ sinh | ", ("346", 346), ("15,1", 15.1), ("190", 190)),
    ("tổng cộng", "Tổng cộng | ", ("2.291", 2291), ("100", 100), ("2.350", 2350)),
]

FIGS = [
    F("khoảng 2.350 tấn/ngày", "2.350", 2350, "measure", "tấn/ngày", approx="about",
      subject="khối lượng chất thải rắn sinh hoạt (CTRSH) phát sinh", period=M9),
    F("đạt 2.291 tấn/ngày", "2.291", 2291, "measure", "tấn/ngày",
      subject="khối lượng CTRSH được thu gom", period=M9),
    F("đạt 97,5%", "97,5", 97.5, "percent", "%", target=TG(98),
      subject="tỷ lệ CTRSH được thu gom", period=I(M9)),
]
for label, pre, mass, pct, plan in ROWS:
    a1 = pre + mass[0]
    a2 = mass[0] + " | " + pct[0]
    a3 = pct[0] + " | " + plan[0]
    FIGS.append(F(a1, mass[0], mass[1], "measure", "tấn/ngày",
                  subject=f"khối lượng CTRSH xử lý {label}", period=TITLE))
    FIGS.append(F(a2, pct[0], pct[1], "percent", "%",
                  subject=f"tỷ lệ CTRSH xử lý {label}", period=TITLE))
    FIGS.append(F(a3, plan[0], plan[1], "measure", "tấn/ngày", status="target",
                  subject=f"khối lượng CTRSH xử lý {label} kế hoạch năm 2024", period=Y24))

FIGS += [
    F("hai nhà máy", "hai", 2, "count", "nhà máy", subject="nhà máy đốt rác phát điện"),
    F("thiết kế 1.400 tấn/ngày", "1.400", 1400, "measure", "tấn/ngày",
      subject="tổng công suất thiết kế hai nhà máy đốt rác phát điện"),
    F("68,4 triệu kWh", "68,4", 68_400_000, "measure", "kWh",
      change=CH("increase", 12.3, baseline="cùng kỳ"),
      subject="điện phát lên lưới", period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("thực hiện 486,2 tỷ đồng", "486,2", 486_200_000_000, "money", "đồng", percent=74.8, status="estimate",
      subject="tổng kinh phí thu gom, vận chuyển và xử lý CTRSH",
      period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("tỉnh 312,5 tỷ đồng", "312,5", 312_500_000_000, "money", "đồng", total=486_200_000_000, status="estimate",
      subject="kinh phí từ ngân sách tỉnh", period=I(M9)),
    F("cơ sở 173,7 tỷ đồng", "173,7", 173_700_000_000, "money", "đồng", total=486_200_000_000, status="estimate",
      subject="kinh phí từ nguồn thu giá dịch vụ từ hộ gia đình, cơ sở", period=I(M9)),
    F("dưới 10%", "10", 10, "percent", "%", approx="under", status="target",
      subject="tỷ lệ chôn lấp", period=P("đến cuối năm 2024", None, "2024-12-31")),
    F("bổ sung 35 tỷ đồng", "35", 35_000_000_000, "money", "đồng", status="forecast",
      subject="kinh phí vận hành bổ sung cho các đơn vị xử lý"),
]

COMMENTS = [
    "Báo cáo số 412/BC-UBND của UBND tỉnh Bình Dương (08/10/2024): thu gom, xử lý CTRSH 9 tháng năm 2024; flattened '|' table by method.",
    "Letterhead, 'Số: 412/BC-UBND', 'Quyết định số 1520/QĐ-UBND', section numbers I./II./1./2., 'Bảng 1', 'quý IV/2024', 'Lưu: VT, KT' are no figures.",
    "Place-and-date line gives published. Table: every numeric cell is a figure (total row and its 100 included); units from the column",
    "headers (tấn/ngày, %); the 'Kế hoạch năm 2024' column is status target with period 2024 (scored, header); the other columns take",
    "'9 tháng năm 2024' from the title/lead (inherited). No totals on table cells (no part-of cue in the table).",
    "'Tỷ lệ … đạt 97,5% (chỉ tiêu năm 2024 là 98%)' is its own sentence: a percent figure with target 98 (period inherited: the 2024 in",
    "the bracket is the target's). Year-less '9 tháng' takes 2024. 'hai nhà máy' is a number word. 'ước thực hiện' → estimate, continuing into",
    "the 'trong đó' parts (same sentence; they add up to 486,2). 'Dự kiến bổ sung 35 tỷ' is forecast; 'phấn đấu … dưới 10%' target.",
]

if __name__ == "__main__":
    emit("p716-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Bình Dương")
