"""p851-8: Báo Kon Tum online, headline with a figure, '(BKT) -' tag: early intervention in the first 9 months of 2024."""
from lib import F, P, I, CH, TG, write_set

TEXT = """Báo Kon Tum điện tử > Xã hội

Hơn 300 trẻ khuyết tật được can thiệp sớm trong 9 tháng

Cập nhật lúc 16:05, Thứ sáu, 18/10/2024

(BKT) - 9 tháng đầu năm 2024, Trung tâm Hỗ trợ phát triển giáo dục hòa nhập tỉnh Kon Tum đã tiếp nhận, can thiệp sớm cho 312 trẻ khuyết tật, tăng 14,3% so với cùng kỳ năm 2023; trong đó có 74 trẻ khiếm thính, 118 trẻ rối loạn phổ tự kỷ, còn lại là trẻ khuyết tật trí tuệ và khuyết tật vận động.

Trẻ em dân tộc thiểu số chiếm 68% số trẻ được can thiệp. Các huyện Đắk Hà, Sa Thầy và Ngọc Hồi có nhiều trẻ khiếm thính được can thiệp, lần lượt là 21, 17 và 12 trẻ. So với cùng kỳ năm 2022, số trẻ khiếm thính được can thiệp gấp 1,6 lần.

Hiện trung tâm có 27 giáo viên, trong đó 11 người sử dụng thành thạo ngôn ngữ ký hiệu. Chi phí can thiệp bình quân khoảng 1,5 triệu đồng/trẻ/tháng, được ngân sách tỉnh hỗ trợ 70%.

Ngày 10/10, tại trụ sở trung tâm (số 36 Trần Phú, TP Kon Tum), Sở GD&ĐT tổ chức hội nghị sơ kết lần thứ 3 việc thực hiện Kế hoạch số 152/KH-UBND. Theo báo cáo tại hội nghị, trong quý IV, trung tâm dự kiến tiếp nhận thêm khoảng 60 trẻ; cả năm 2024 ước đạt 370 trẻ, vượt 5,7% kế hoạch.

Tỉnh phấn đấu đến năm 2025, 100% trẻ khuyết tật dưới 6 tuổi trên địa bàn được phát hiện và can thiệp sớm.

Thu Hoài
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
M9H = P("trong 9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
LIST = "trẻ khiếm thính được can thiệp"

FIGS = [
    F("Hơn 300 trẻ", "300", 300, "count", "trẻ", "trẻ khuyết tật được can thiệp sớm", M9H, approx="over"),
    F("cho 312 trẻ", "312", 312, "count", "trẻ", "trẻ khuyết tật được tiếp nhận, can thiệp sớm", M9,
      change=CH("increase", 14.3, "%", "cùng kỳ năm 2023")),
    F("có 74 trẻ", "74", 74, "count", "trẻ", "trẻ khiếm thính được can thiệp sớm", M9, total=312),
    F("118 trẻ", "118", 118, "count", "trẻ", "trẻ rối loạn phổ tự kỷ được can thiệp sớm", M9, total=312),
    F("chiếm 68%", "68", 68, "percent", "%", "trẻ em dân tộc thiểu số trong số trẻ được can thiệp", I(M9)),
    F("là 21, 17", "21", 21, "count", "trẻ", LIST, I(M9), location="Đắk Hà"),
    F("21, 17 và", "17", 17, "count", "trẻ", LIST, I(M9), location="Sa Thầy"),
    F("và 12 trẻ", "12", 12, "count", "trẻ", LIST, I(M9), location="Ngọc Hồi"),
    F("gấp 1,6 lần", "1,6", 1.6, "multiple", "lần", "số trẻ khiếm thính được can thiệp so với cùng kỳ năm 2022", I(M9)),
    F("có 27 giáo viên", "27", 27, "count", "giáo viên", "giáo viên của trung tâm"),
    F("11 người", "11", 11, "count", "người", "giáo viên sử dụng thành thạo ngôn ngữ ký hiệu", total=27),
    F("khoảng 1,5 triệu", "1,5", 1_500_000, "money", "đồng/trẻ/tháng", "chi phí can thiệp bình quân", approx="about"),
    F("hỗ trợ 70%", "70", 70, "percent", "%", "tỷ lệ ngân sách tỉnh hỗ trợ chi phí can thiệp"),
    F("khoảng 60 trẻ", "60", 60, "count", "trẻ", "trẻ được tiếp nhận thêm", Q4, approx="about", status="forecast"),
    F("đạt 370 trẻ", "370", 370, "count", "trẻ", "trẻ được can thiệp cả năm", Y24, status="estimate",
      change=CH("increase", 5.7, "%", "kế hoạch")),
    F("2025, 100%", "100", 100, "percent", "%", "trẻ khuyết tật dưới 6 tuổi được phát hiện và can thiệp sớm", T25,
      status="target"),
    F("dưới 6 tuổi", "6", 6, "measure", "tuổi", "độ tuổi trẻ khuyết tật", approx="under", optional=True),
]

NOTES = [
    "Báo Kon Tum điện tử, (BKT) tag: Trung tâm Hỗ trợ phát triển giáo dục hòa nhập tỉnh, can thiệp sớm 9 tháng đầu năm 2024.",
    "The year-less headline 'trong 9 tháng' takes 2024 (nothing dated before it; published 2024). 'quý IV' takes 2024 likewise.",
    "Distractors: 'Cập nhật lúc 16:05, Thứ sáu, 18/10/2024', 'Ngày 10/10', 'số 36 Trần Phú, TP Kon Tum', 'lần thứ 3', 'Kế hoạch số 152/KH-UBND'.",
    "'vượt 5,7% kế hoạch' is a gap to plan: change of the 370 with baseline 'kế hoạch'. 'gấp 1,6 lần' stands alone as the claim: multiple.",
    "'được ngân sách tỉnh hỗ trợ 70%' is a percent figure of its own (no đạt/chiếm/bằng; a share of the cost). 'Hiện' gives no period.",
    "The 68% ('chiếm' after a group without its own count) is a percent figure; '(dưới 6 tuổi)' is an age bound: optional.",
]

if __name__ == "__main__":
    write_set(8, TEXT, FIGS, NOTES, published="2024-10-18", location="Kon Tum")
