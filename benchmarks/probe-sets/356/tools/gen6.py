from lib import F, P, write

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN HÀM THUẬN BẮC
Số: 418/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hàm Thuận Bắc, ngày 04 tháng 10 năm 2024

BÁO CÁO
Kết quả phát triển chăn nuôi trâu, bò 9 tháng năm 2024 và nhiệm vụ quý IV/2024

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chăn nuôi
Trong 9 tháng năm 2024, chăn nuôi trâu, bò trên địa bàn huyện ổn định, không phát sinh dịch bệnh nguy hiểm. Kết quả một số chỉ tiêu chủ yếu như sau:
Đơn vị tính: con
STT | Chỉ tiêu | Kế hoạch năm 2024 | Thực hiện 9 tháng năm 2024 | So với kế hoạch (%)
1 | Tổng đàn trâu | 3.200 | 3.085 | 96,4
2 | Tổng đàn bò | 52.000 | 50.760 | 97,6
 | Trong đó: bò lai | 31.000 | 30.150 | 97,3
3 | Trâu, bò xuất chuồng | 14.500 | 10.940 | 75,4

2. Sản lượng, thức ăn và tiêm phòng
Sản lượng thịt hơi trâu, bò xuất chuồng 9 tháng ước đạt 2.310 tấn, bằng 74,5% kế hoạch năm, tăng 5,2% so với cùng kỳ. Diện tích trồng cỏ toàn huyện đạt 1.245 ha (tăng 95 ha so với năm 2023), tập trung tại các xã Hàm Trí, Hàm Phú, Thuận Minh.
Đợt tiêm phòng định kỳ từ tháng 3 đến tháng 4/2024 đã tiêm 38.420 liều vắc xin viêm da nổi cục và 41.600 liều vắc xin tụ huyết trùng trâu, bò.

II. NHIỆM VỤ QUÝ IV/2024
1. Tổ chức tiêm phòng bổ sung, phấn đấu tỷ lệ tiêm phòng viêm da nổi cục đạt trên 85% tổng đàn.
2. Dự kiến hỗ trợ 120 liều tinh bò thịt cho hộ nghèo theo Nghị quyết số 07/2023/NQ-HĐND.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT, NN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Bảy
"""

KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = P("Thực hiện 9 tháng năm 2024", "2024-01-01", "2024-09-30")
PCi = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
Q4i = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)


def row(label, plan, done, pct, plan_v, done_v, pct_v, total_plan=None, total_done=None, pa=None, da=None, qa=None):
    extra_p = {"total": total_plan} if total_plan else {}
    extra_d = {"total": total_done} if total_done else {}
    return [
        F(pa or f"| {plan} |", plan, plan_v, "count", "con", status="target",
          subject=f"{label} kế hoạch năm 2024", period=KH, **extra_p),
        F(da or f"| {done} |", done, done_v, "count", "con",
          subject=f"{label} thực hiện 9 tháng năm 2024", period=TH, **extra_d),
        F(qa or f"| {pct}\n", pct, pct_v, "percent", "%",
          subject=f"{label} so với kế hoạch", period=PCi),
    ]


FIGS = (
    row("Tổng đàn trâu", "3.200", "3.085", "96,4", 3200, 3085, 96.4)
    + row("Tổng đàn bò", "52.000", "50.760", "97,6", 52000, 50760, 97.6)
    + row("bò lai", "31.000", "30.150", "97,3", 31000, 30150, 97.3, total_plan=52000, total_done=50760)
    + row("Trâu, bò xuất chuồng", "14.500", "10.940", "75,4", 14500, 10940, 75.4)
    + [
        F("ước đạt 2.310 tấn", "2.310", 2310, "measure", "tấn", status="estimate", percent=74.5,
          change={"direction": "increase", "value": 5.2, "unit": "%", "baseline": "cùng kỳ"},
          subject="sản lượng thịt hơi trâu, bò xuất chuồng", period=P("9 tháng", "2024-01-01", "2024-09-30")),
        F("đạt 1.245 ha", "1.245", 1245, "measure", "ha",
          change={"direction": "increase", "value": 95, "unit": "ha", "baseline": "năm 2023"},
          subject="diện tích trồng cỏ"),
        F("tiêm 38.420 liều", "38.420", 38420, "count", "liều vắc xin",
          subject="liều vắc xin viêm da nổi cục đã tiêm",
          period=P("từ tháng 3 đến tháng 4/2024", "2024-03-01", "2024-04-30")),
        F("và 41.600 liều", "41.600", 41600, "count", "liều vắc xin",
          subject="liều vắc xin tụ huyết trùng trâu, bò đã tiêm",
          period=P("từ tháng 3 đến tháng 4/2024", "2024-03-01", "2024-04-30")),
        F("trên 85% tổng đàn", "85", 85, "percent", "%", approx="over", status="target",
          subject="tỷ lệ tiêm phòng viêm da nổi cục", period=Q4i),
        F("hỗ trợ 120 liều", "120", 120, "count", "liều tinh bò thịt", status="forecast",
          subject="liều tinh bò thịt hỗ trợ hộ nghèo", period=Q4i),
    ]
)

COMMENTS = [
    "Formal report with letterhead (UBND huyện Hàm Thuận Bắc, Bình Thuận, 'Số: 418/BC-UBND'): buffalo/cattle 9 months 2024, flattened '|' table, output, fodder, vaccination, Q4 tasks.",
    "Place-and-date line 'Hàm Thuận Bắc, ngày 04 tháng 10 năm 2024' is the published date. Distractors: 'Số: 418/BC-UBND', STT row numbers, section numbers 'I.', '1.', 'Nghị quyết số 07/2023/NQ-HĐND', signer 'Trần Văn Bảy' (a number word in a name).",
    "Table: 'Đơn vị tính: con'; the '(%)' column overrides it. Plan cells status target with period 'Kế hoạch năm 2024'; result cells period 'Thực hiện 9 tháng năm 2024' (column headers, scored as in shared h23/h24);",
    "'So với kế hoạch (%)' cells have no period in their header: 9 tháng năm 2024 inherited. Row 'Trong đó: bò lai': total = the Tổng đàn bò cell of the same column (part after 'trong đó'; judgment for tables).",
    "'bằng 74,5% kế hoạch năm' → percent attribute; '(tăng 95 ha so với năm 2023)' → change across the bracket. Task items: 'phấn đấu … trên 85%' target, 'Dự kiến hỗ trợ 120 liều' forecast, period quý IV/2024 from the heading (inherited).",
]

write(6, COMMENTS, TEXT, FIGS, published="2024-10-04", location="Hàm Thuận Bắc")
