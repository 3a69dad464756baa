"""p1343-4: ministry site (Bộ LĐ-TB&XH): national disability figures, new social assistance standard, 2025 targets."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ > Tin tức - Sự kiện > Bảo trợ xã hội

Nâng mức chuẩn trợ giúp xã hội, hơn 1,1 triệu người khuyết tật được hưởng lợi

18/07/2024 | 15:12 | Cục Bảo trợ xã hội

Theo kết quả Điều tra quốc gia người khuyết tật, Việt Nam có khoảng 6,2 triệu người từ 2 tuổi trở lên là người khuyết tật, chiếm 7,06% dân số. Tính đến ngày 30/6/2024, cả nước có 1.128.540 người khuyết tật đang hưởng trợ cấp xã hội hằng tháng, trong đó khoảng 385.000 người khuyết tật đặc biệt nặng; 63/63 tỉnh, thành phố đã thành lập Hội Người khuyết tật.

Theo Nghị định số 76/2024/NĐ-CP có hiệu lực từ ngày 1/7/2024, mức chuẩn trợ giúp xã hội được nâng từ 360.000 đồng lên 500.000 đồng/tháng, tăng 38,9%. Với mức chuẩn mới, tổng kinh phí chi trợ cấp cho người khuyết tật mỗi năm dự kiến khoảng 14 nghìn tỷ đồng, tăng gần 4 nghìn tỷ đồng so với trước.

Chương trình trợ giúp người khuyết tật giai đoạn 2021-2030 đặt mục tiêu đến năm 2025: 80% người khuyết tật được tiếp cận dịch vụ y tế; 50% trụ sở làm việc của cơ quan nhà nước bảo đảm điều kiện tiếp cận; ít nhất 30% người khuyết tật trong độ tuổi lao động có nhu cầu được hỗ trợ học nghề, tạo việc làm.

Năm 2023, Quỹ Quốc gia về việc làm đã cho 2.450 lượt người khuyết tật vay vốn với tổng dư nợ hơn 215 tỷ đồng. Tuy nhiên, theo Cục Bảo trợ xã hội, tỷ lệ người khuyết tật trong độ tuổi lao động có việc làm mới đạt khoảng 31%, thấp hơn nhiều so với mức 76% của người không khuyết tật.

Tin cùng chuyên mục:
- Hướng dẫn thực hiện Nghị định số 20/2021/NĐ-CP về chính sách trợ giúp xã hội
- Hội nghị sơ kết Chương trình trợ giúp người khuyết tật

Địa chỉ: Số 12 Ngô Quyền, quận Hoàn Kiếm, Hà Nội. Điện thoại: 024.38269556
"""

ASOF = per("Tính đến ngày 30/6/2024", end="2024-06-30")
T25 = per("đến năm 2025", end="2025-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    fig("hơn 1,1 triệu", "1,1", 1.1e6, "count", "người", approx="over",
        subject="người khuyết tật được hưởng lợi"),
    fig("khoảng 6,2 triệu", "6,2", 6.2e6, "count", "người", approx="about", percent=7.06,
        subject="người từ 2 tuổi trở lên là người khuyết tật"),
    fig("từ 2 tuổi", "2", 2, "measure", "tuổi", approx="at_least", optional=True),
    fig("có 1.128.540 người", "1.128.540", 1128540, "count", "người",
        subject="người khuyết tật đang hưởng trợ cấp xã hội hằng tháng", period=ASOF),
    fig("khoảng 385.000 người", "385.000", 385000, "count", "người", approx="about", total=1128540,
        subject="người khuyết tật đặc biệt nặng", period=ASOF),
    fig("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố đã thành lập Hội Người khuyết tật", period=ASOF),
    fig("từ 360.000 đồng", "360.000", 360000, "money", "đồng", subject="mức chuẩn trợ giúp xã hội"),
    fig("lên 500.000 đồng", "500.000", 500000, "money", "đồng/tháng", change=chg("increase", 38.9),
        subject="mức chuẩn trợ giúp xã hội"),
    fig("khoảng 14 nghìn tỷ", "14", 14e12, "money", "đồng/năm", approx="about", status="forecast",
        change=chg("increase", 4e12, "đồng", "trước", approx="nearly"),
        subject="tổng kinh phí chi trợ cấp cho người khuyết tật mỗi năm"),
    fig("2025: 80%", "80", 80, "percent", "%", status="target",
        subject="người khuyết tật được tiếp cận dịch vụ y tế", period=T25),
    fig("; 50% trụ sở", "50", 50, "percent", "%", status="target",
        subject="trụ sở làm việc của cơ quan nhà nước bảo đảm điều kiện tiếp cận", period=T25),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="người khuyết tật trong độ tuổi lao động có nhu cầu được hỗ trợ học nghề, tạo việc làm",
        period=T25),
    fig("cho 2.450 lượt", "2.450", 2450, "count", "lượt",
        subject="lượt người khuyết tật được Quỹ Quốc gia về việc làm cho vay vốn", period=Y23),
    fig("hơn 215 tỷ", "215", 215e9, "money", "đồng", approx="over", subject="tổng dư nợ", period=Y23),
    fig("khoảng 31%", "31", 31, "percent", "%", approx="about",
        subject="tỷ lệ người khuyết tật trong độ tuổi lao động có việc làm"),
    fig("mức 76%", "76", 76, "percent", "%",
        subject="tỷ lệ người không khuyết tật trong độ tuổi lao động có việc làm"),
]

NOTES = [
    "Ministry site (Bộ LĐ-TB&XH): breadcrumb, '18/07/2024 | 15:12 | Cục Bảo trợ xã hội', related links, address footer.",
    "Distractors: 15:12, Nghị định số 76/2024/NĐ-CP, 'từ ngày 1/7/2024', 'giai đoạn 2021-2030' (programme name), Nghị định số 20/2021/NĐ-CP, 'Số 12 Ngô Quyền', phone.",
    "'từ 2 tuổi trở lên' is an age threshold in a definition: optional, as the shared gold's age thresholds. It stays in the subject of 6,2 triệu (the indicator as the sentence names it).",
    "revised after the first run: subject of 6,2 triệu was 'người khuyết tật'; the sentence names the population 'người từ 2 tuổi trở lên là người khuyết tật'.",
    "'khoảng 6,2 triệu ..., chiếm 7,06% dân số' -> percent attribute. '63/63' -> total 63. 385.000 after 'trong đó' -> total 1.128.540.",
    "'từ 360.000 đồng lên 500.000 đồng/tháng, tăng 38,9%': two figures; the change belongs to the new level. No period: the date is when the decree took effect (a standing rate).",
    "'khoảng 14 nghìn tỷ' = 14e12 (forecast: 'dự kiến'); 'tăng gần 4 nghìn tỷ đồng so với trước' is its change (4e12 đồng).",
    "Targets after 'đặt mục tiêu đến năm 2025:' each a target percent with period end 2025-12-31.",
    "'thấp hơn nhiều so với mức 76% của người không khuyết tật': 76% is a comparison level, a percent figure of its own, not a change (no gap is stated).",
    "Location Việt Nam throughout (national statistics).",
]

if __name__ == "__main__":
    write("p1343-4", TEXT, NOTES, FIGS, published="2024-07-18", location="Việt Nam")
