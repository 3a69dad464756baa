"""p773-3: UBND tỉnh Thái Bình formal report, assistance to people with disabilities, 9 months 2024, | table."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH THÁI BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 287/BC-UBND
Thái Bình, ngày 10 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện công tác trợ giúp người khuyết tật 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Trợ giúp xã hội
Tính đến ngày 30/9/2024, toàn tỉnh có 41.280 người khuyết tật hưởng trợ cấp xã hội hằng tháng, tăng 1.146 người so với cuối năm 2023. Kinh phí chi trả 9 tháng ước đạt 196,8 tỷ đồng, bằng 74,6% dự toán năm.

2. Cấp dụng cụ trợ giúp và phục hồi chức năng
Bảng 1. Kết quả thực hiện một số chỉ tiêu
Chỉ tiêu | Đơn vị | Kế hoạch năm 2024 | Thực hiện 9 tháng | Tỷ lệ (%)
Cấp xe lăn | chiếc | 1.500 | 1.212 | 80,8
Cấp dụng cụ chỉnh hình | bộ | 600 | 455 | 75,8
Người khuyết tật được PHCN tại cộng đồng | người | 5.000 | 4.130 | 82,6
Cải tạo nhà vệ sinh tiếp cận | công trình | 120 | 97 | 80,8

Các huyện có tỷ lệ thực hiện kế hoạch cấp xe lăn cao gồm Hưng Hà (92,4%), Đông Hưng (88,1%) và Vũ Thư (85,7%). Quỹ Bảo trợ trẻ em tỉnh hỗ trợ phẫu thuật chỉnh hình cho 64 trẻ em khuyết tật vận động với kinh phí 1,28 tỷ đồng.

II. NHIỆM VỤ QUÝ IV/2024
Dự kiến trong quý IV/2024 cấp thêm 300 xe lăn; phấn đấu hoàn thành 100% kế hoạch năm về cấp dụng cụ trợ giúp.

Nơi nhận:
- Bộ LĐ-TB&XH;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VX.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lại Văn Hoàn
"""

KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
M9 = P("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
M9i = I(P("9 tháng năm 2024", "2024-01-01", "2024-09-30"))


def row(label, unit, plan, plan_a, done, done_a, rate, rate_n, rate_a):
    return [
        F(plan_a, plan, float(plan.replace(".", "")), "count", unit, f"{label} kế hoạch năm 2024", KH, status="target"),
        F(done_a, done, float(done.replace(".", "")), "count", unit, f"{label} thực hiện 9 tháng", M9),
        F(rate_a, rate, rate_n, "percent", "%", f"{label} tỷ lệ", M9i),
    ]


FIGS = [
    F("có 41.280 người", "41.280", 41280, "count", "người khuyết tật",
      "người khuyết tật hưởng trợ cấp xã hội hằng tháng", P("Tính đến ngày 30/9/2024", end="2024-09-30"),
      change=CH("increase", 1146, unit="người", baseline="cuối năm 2023")),
    F("ước đạt 196,8 tỷ đồng", "196,8", 196800000000, "money", "đồng", "kinh phí chi trả trợ cấp xã hội",
      P("9 tháng", "2024-01-01", "2024-09-30"), percent=74.6, status="estimate"),
    *row("Cấp xe lăn", "chiếc", "1.500", "chiếc | 1.500", "1.212", "1.212", "80,8", 80.8, "1.212 | 80,8"),
    *row("Cấp dụng cụ chỉnh hình", "bộ", "600", "| 600 |", "455", "| 455 |", "75,8", 75.8, "75,8"),
    *row("Người khuyết tật được PHCN tại cộng đồng", "người", "5.000", "5.000", "4.130", "4.130", "82,6", 82.6,
         "82,6"),
    *row("Cải tạo nhà vệ sinh tiếp cận", "công trình", "120", "| 120 |", "97", "| 97 |", "80,8", 80.8,
         "97 | 80,8"),
    F("Hưng Hà (92,4%)", "92,4", 92.4, "percent", "%", "tỷ lệ thực hiện kế hoạch cấp xe lăn", M9i,
      location="Hưng Hà"),
    F("Đông Hưng (88,1%)", "88,1", 88.1, "percent", "%", "tỷ lệ thực hiện kế hoạch cấp xe lăn", M9i,
      location="Đông Hưng"),
    F("Vũ Thư (85,7%)", "85,7", 85.7, "percent", "%", "tỷ lệ thực hiện kế hoạch cấp xe lăn", M9i,
      location="Vũ Thư"),
    F("cho 64 trẻ em", "64", 64, "count", "trẻ em khuyết tật vận động",
      "trẻ em khuyết tật vận động được Quỹ Bảo trợ trẻ em tỉnh hỗ trợ phẫu thuật chỉnh hình", M9i),
    F("kinh phí 1,28 tỷ đồng", "1,28", 1280000000, "money", "đồng", "kinh phí hỗ trợ phẫu thuật chỉnh hình", M9i),
    F("thêm 300 xe lăn", "300", 300, "count", "xe lăn", "xe lăn cấp thêm",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), status="forecast"),
    F("hoàn thành 100%", "100", 100, "percent", "%", "hoàn thành kế hoạch năm về cấp dụng cụ trợ giúp",
      I(P("năm 2024", "2024-01-01", "2024-12-31")), status="target"),
]

COMMENTS = [
    "UBND tỉnh Thái Bình, Báo cáo số 287/BC-UBND ngày 10/10/2024: trợ giúp người khuyết tật 9 tháng năm 2024, flattened '|' table.",
    "Table: every numeric cell is a figure (as in shared h23): 'Kế hoạch năm 2024' cells are targets, 'Thực hiện 9 tháng' cells actual,",
    "'Tỷ lệ (%)' cells are percent figures of their own (not attributes of the result cell); their period comes from the title (inherited).",
    "Unit from the 'Đơn vị' column. 'tăng 1.146 người so với cuối năm 2023' is the change of 41.280 (unit người).",
    "Not figures: Số 287/BC-UBND, place-and-date line, 'Bảng 1', section numbers I./II./1./2., quý IV/2024 heading.",
]

if __name__ == "__main__":
    emit("p773-3", TEXT, COMMENTS, FIGS, published="2024-10-10", location="Thái Bình")
