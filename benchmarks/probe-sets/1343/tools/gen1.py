"""p1343-1: province portal (Nghệ An): 9-month social allowance for people with disabilities, wheelchairs, jobs."""
from lib import fig, per, inh, chg, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Lao động - Xã hội

Nghệ An: 9 tháng chi gần 420 tỷ đồng trợ cấp cho người khuyết tật

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.286

Theo Sở Lao động - Thương binh và Xã hội, tính đến ngày 30/9/2024, toàn tỉnh Nghệ An có 78.412 người khuyết tật, trong đó 19.650 người khuyết tật đặc biệt nặng và 41.237 người khuyết tật nặng. Số người khuyết tật đang hưởng trợ cấp xã hội hằng tháng là 63.580 người, chiếm 81,1% tổng số người khuyết tật, tăng 2.145 người so với cùng kỳ năm 2023.

9 tháng đầu năm, kinh phí chi trả trợ cấp xã hội hằng tháng cho người khuyết tật ước đạt 418,6 tỷ đồng, bằng 76,3% kế hoạch năm. Mức trợ cấp thấp nhất là 500.000 đồng/người/tháng, cao nhất 1,25 triệu đồng/người/tháng đối với trẻ em khuyết tật đặc biệt nặng, theo Nghị định số 76/2024/NĐ-CP.

Từ đầu năm đến nay, các cơ quan, tổ chức, nhà hảo tâm đã trao tặng 1.240 chiếc xe lăn, xe lắc cho người khuyết tật, tăng 18% so với cùng kỳ; hỗ trợ phẫu thuật chỉnh hình cho 215 trẻ em khuyết tật. Trong 9 tháng, có 1.035 người khuyết tật được hỗ trợ học nghề, tạo việc làm, đạt 103,5% kế hoạch năm. Khoảng 40% số người sau học nghề đã có việc làm ổn định.

Quý IV, ngành Lao động - Thương binh và Xã hội phấn đấu trao thêm 300 xe lăn, nâng tổng số xe lăn trao tặng cả năm lên hơn 1.500 chiếc; phối hợp tổ chức Hội thi "Người khuyết tật vượt khó" lần thứ 3 tại TP Vinh.

Tin liên quan:
- Nghệ An: Sôi nổi các hoạt động hưởng ứng Ngày Người khuyết tật Việt Nam 18/4
- Quỳnh Lưu: Trao xe lăn tặng người khuyết tật xã Quỳnh Thạch
"""

ASOF = per("tính đến ngày 30/9/2024", end="2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm", "2024-01-01", "2024-09-30")
NINE_T = per("Trong 9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    fig("chi gần 420 tỷ", "420", 420e9, "money", "đồng", approx="nearly",
        subject="chi trợ cấp cho người khuyết tật", period=NINE_H),
    fig("có 78.412 người", "78.412", 78412, "count", "người", subject="người khuyết tật", period=ASOF),
    fig("19.650 người", "19.650", 19650, "count", "người", total=78412,
        subject="người khuyết tật đặc biệt nặng", period=ASOF),
    fig("41.237 người", "41.237", 41237, "count", "người", total=78412,
        subject="người khuyết tật nặng", period=ASOF),
    fig("là 63.580 người", "63.580", 63580, "count", "người", percent=81.1,
        change=chg("increase", 2145, "người", "cùng kỳ năm 2023"),
        subject="người khuyết tật đang hưởng trợ cấp xã hội hằng tháng", period=inh(ASOF)),
    fig("ước đạt 418,6 tỷ", "418,6", 418.6e9, "money", "đồng", percent=76.3, status="estimate",
        subject="kinh phí chi trả trợ cấp xã hội hằng tháng cho người khuyết tật", period=NINE),
    fig("là 500.000 đồng", "500.000", 500000, "money", "đồng/người/tháng", subject="mức trợ cấp thấp nhất"),
    fig("cao nhất 1,25 triệu", "1,25", 1.25e6, "money", "đồng/người/tháng",
        subject="mức trợ cấp cao nhất đối với trẻ em khuyết tật đặc biệt nặng"),
    fig("tặng 1.240 chiếc", "1.240", 1240, "count", "chiếc", change=chg("increase", 18, "%", "cùng kỳ"),
        subject="xe lăn, xe lắc trao tặng cho người khuyết tật", period=YTD),
    fig("cho 215 trẻ em", "215", 215, "count", "trẻ em",
        subject="trẻ em khuyết tật được hỗ trợ phẫu thuật chỉnh hình", period=YTD),
    fig("có 1.035 người", "1.035", 1035, "count", "người", percent=103.5,
        subject="người khuyết tật được hỗ trợ học nghề, tạo việc làm", period=NINE_T),
    fig("Khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="tỷ lệ người sau học nghề đã có việc làm ổn định", period=inh(NINE_T)),
    fig("thêm 300 xe lăn", "300", 300, "count", "xe lăn", status="target",
        subject="xe lăn trao thêm", period=Q4),
    fig("hơn 1.500 chiếc", "1.500", 1500, "count", "chiếc", approx="over", status="target",
        subject="tổng số xe lăn trao tặng cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Nghệ An): 9-month 2024 disability allowance; breadcrumb, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.286', related links.",
    "Distractors: 08:45, Lượt xem 1.286, Nghị định số 76/2024/NĐ-CP, 'lần thứ 3', 'Ngày Người khuyết tật Việt Nam 18/4', 'cùng kỳ năm 2023' (baseline).",
    "Headline '9 tháng chi gần 420 tỷ' is its own figure (actual: no 'ước' in the headline); year-less '9 tháng' takes 2024 from the dateline.",
    "'trong đó' parts take total 78.412 and the as-of date of their sentence. 63.580: 'chiếm 81,1%' -> percent; 'tăng 2.145 người so với cùng kỳ' -> change in người; no total (no cue, the whole is in another sentence).",
    "'bằng 76,3% kế hoạch năm' and 'đạt 103,5% kế hoạch năm' are percent attributes (the share of plan), as in the spec's 'đạt 87,66% chỉ tiêu'.",
    "Allowance rates are standing rates: no period. 'Từ đầu năm đến nay' ends at the dateline 2024-10-14; it governs both clauses of its sentence.",
    "'Quý IV ... phấn đấu' governs both clauses (target); 'cả năm' is the period of the 1.500 total.",
]

if __name__ == "__main__":
    write("p1343-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Nghệ An")
