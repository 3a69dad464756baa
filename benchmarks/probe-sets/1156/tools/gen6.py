"""p1156-6: national newspaper, TP Hồ Chí Minh spa / beauty inspections, 7 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự › Sức khỏe
Thứ Ba, 20/08/2024, 06:30 (GMT+7)

TP.HCM: Gần 150 cơ sở spa, thẩm mỹ bị phát hiện vi phạm

Trong 7 tháng đầu năm, Thanh tra Sở Y tế TP.HCM đã kiểm tra 318 cơ sở thẩm mỹ, spa, phát hiện 147 cơ sở vi phạm (chiếm 46,2%), xử phạt tổng cộng gần 5,9 tỷ đồng, tăng 34% so với cùng kỳ năm 2023.

Đáng chú ý, tại quận 1 và quận 3, đoàn kiểm tra phát hiện 19 cơ sở tự ý tiêm filler, botox, cắt mí dù chỉ được cấp phép gội đầu dưỡng sinh, chăm sóc da. Một cơ sở trên đường Nguyễn Trãi, quận 1 bị phạt 140 triệu đồng, tước giấy phép hoạt động 18 tháng; người trực tiếp tiêm cho khách chưa từng qua đào tạo chuyên môn y.

Theo ông Trần Đức Minh, Chánh Thanh tra Sở Y tế, thành phố hiện có khoảng 3.200 cơ sở làm đẹp, trong đó chỉ 716 cơ sở có giấy phép của ngành y tế; số còn lại chủ yếu đăng ký hộ kinh doanh với ngành nghề "cắt tóc, gội đầu, làm móng". Riêng năm 2023, Sở chỉ cấp mới 84 giấy phép hoạt động dịch vụ thẩm mỹ trên tổng số 203 hồ sơ đề nghị.

Trên cả nước, Bộ Y tế ghi nhận trung bình mỗi tháng có từ 3 đến 5 ca tai biến do làm đẹp tại cơ sở không phép phải chuyển viện cấp cứu.

Sở Y tế dự kiến đến cuối năm sẽ kiểm tra thêm khoảng 200 cơ sở, tập trung tại 5 quận trung tâm. Người dân có thể phản ánh qua đường dây nóng 1900 9095 hoặc ứng dụng Y tế HCM.

LÊ PHƯƠNG
"""

SEVEN = per("Trong 7 tháng đầu năm", "2024-01-01", "2024-07-31")
EOY = per("đến cuối năm", None, "2024-12-31")

FIGS = [
    fig("Gần 150 cơ sở", "150", 150, "count", "cơ sở", approx="nearly",
        subject="cơ sở spa, thẩm mỹ bị phát hiện vi phạm"),
    fig("kiểm tra 318 cơ sở", "318", 318, "count", "cơ sở", subject="cơ sở thẩm mỹ, spa được kiểm tra", period=SEVEN),
    fig("phát hiện 147 cơ sở", "147", 147, "count", "cơ sở", percent=46.2, subject="cơ sở thẩm mỹ, spa vi phạm",
        period=SEVEN),
    fig("gần 5,9 tỷ", "5,9", 5900000000, "money", "đồng", approx="nearly",
        change=chg("increase", 34, "%", "cùng kỳ năm 2023"), subject="tổng số tiền xử phạt", period=SEVEN),
    fig("phát hiện 19 cơ sở", "19", 19, "count", "cơ sở",
        subject="cơ sở tự ý tiêm filler, botox, cắt mí dù chỉ được cấp phép gội đầu dưỡng sinh, chăm sóc da",
        period=inh(SEVEN)),
    fig("Một cơ sở trên", "Một", 1, "count", "cơ sở", optional=True,
        subject="cơ sở trên đường Nguyễn Trãi bị phạt", location="Quận 1"),
    fig("phạt 140 triệu", "140", 140000000, "money", "đồng", subject="tiền phạt một cơ sở trên đường Nguyễn Trãi",
        period=inh(SEVEN), location="Quận 1"),
    fig("hoạt động 18 tháng", "18", 18, "measure", "tháng", optional=True,
        subject="thời hạn tước giấy phép hoạt động", location="Quận 1"),
    fig("khoảng 3.200 cơ sở", "3.200", 3200, "count", "cơ sở", approx="about", subject="cơ sở làm đẹp"),
    fig("chỉ 716 cơ sở", "716", 716, "count", "cơ sở", total=3200, subject="cơ sở làm đẹp có giấy phép của ngành y tế"),
    fig("cấp mới 84 giấy phép", "84", 84, "count", "giấy phép", total=203,
        subject="giấy phép hoạt động dịch vụ thẩm mỹ cấp mới", period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("từ 3 đến 5 ca", "3", 3, "count", "ca", value_max=5,
        subject="ca tai biến do làm đẹp tại cơ sở không phép phải chuyển viện cấp cứu mỗi tháng", location="Việt Nam"),
    fig("khoảng 200 cơ sở", "200", 200, "count", "cơ sở", approx="about", status="forecast",
        subject="cơ sở kiểm tra thêm", period=EOY),
    fig("tại 5 quận", "5", 5, "count", "quận", status="forecast", subject="quận trung tâm tập trung kiểm tra",
        period=EOY),
]

NOTES = [
    "National newspaper: section path and 'Thứ Ba, 20/08/2024, 06:30 (GMT+7)' (published); byline 'LÊ PHƯƠNG' at the end.",
    "Year-less '7 tháng đầu năm' and 'đến cuối năm' take 2024 (published; also 'cùng kỳ năm 2023'). Headline 'Gần 150' rounds 147: no period.",
    "Distractors: 'quận 1', 'quận 3' (district names with numbers), 'đường Nguyễn Trãi', hotline '1900 9095', 06:30, 'GMT+7'.",
    "'(chiếm 46,2%)' → percent of 147, no total. '3.200 …, trong đó chỉ 716' → total 3.200. The national case range → Việt Nam.",
    "'Một cơ sở trên đường Nguyễn Trãi' is the indefinite 'một' (an establishment): optional.",
    "19 establishments in quận 1 and quận 3 together: city location. 140 triệu: quận 1. '18 tháng' (licence withdrawal) optional.",
    "'84 giấy phép … trên tổng số 203 hồ sơ đề nghị' → total 203 (the 203 is no figure of its own).",
    "'dự kiến … sẽ' governs both clauses (200 and 5 quận) → forecast.",
]

if __name__ == "__main__":
    write("p1156-6", TEXT, NOTES, FIGS, published="2024-08-20", location="TP Hồ Chí Minh")
