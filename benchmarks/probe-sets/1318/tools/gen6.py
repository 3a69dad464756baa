"""p1318-6: national newspaper: seat-belt use by rear-seat passengers, WHO figures, Hà Nội checks, new fine."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự › Giao thông
Thứ ba, 7/1/2025, 06:00 (GMT+7)

Chỉ khoảng 21% hành khách ngồi sau thắt dây an toàn

Khảo sát trên nhiều tuyến đường cho thấy phần lớn người ngồi hàng ghế sau ô tô không thắt dây an toàn, dù quy định đã có từ năm 2013.

Kết quả khảo sát do Ủy ban An toàn giao thông Quốc gia thực hiện trong tháng 12/2024 tại 8 tỉnh, thành phố với gần 6.400 lượt phương tiện cho thấy tỷ lệ người lái ô tô thắt dây an toàn đạt 86%, người ngồi ghế trước đạt 71%, nhưng người ngồi hàng ghế sau chỉ khoảng 21%. Trên xe khách, tỷ lệ này còn thấp hơn, từ 10 đến 15%.

Theo Tổ chức Y tế Thế giới (WHO), thắt dây an toàn giúp giảm 45-50% nguy cơ tử vong cho người ngồi ghế trước và khoảng 25% cho người ngồi phía sau; ghế ngồi phù hợp cho trẻ em giảm khoảng 60% nguy cơ tử vong ở trẻ sơ sinh.

Tại Hà Nội, từ ngày 1/1/2025 đến nay, Phòng Cảnh sát giao thông đã xử lý 312 trường hợp không thắt dây an toàn trên cao tốc Pháp Vân - Cầu Giẽ và đường Vành đai 3 trên cao, trong đó 205 trường hợp là hành khách.

Theo Nghị định 168/2024/NĐ-CP, người ngồi trên xe ô tô không thắt dây an toàn bị phạt từ 800.000 đến 1 triệu đồng, gấp khoảng ba lần mức cũ.

Ông Nguyễn Trọng Khiêm, Phó Chánh Văn phòng Ủy ban An toàn giao thông Quốc gia, cho biết mục tiêu đến năm 2030, tỷ lệ người ngồi hàng ghế sau thắt dây an toàn đạt ít nhất 50%; với trẻ nhỏ, gia đình cần sử dụng thiết bị an toàn phù hợp.

Minh Khôi
"""

D24 = per("trong tháng 12/2024", "2024-12-01", "2024-12-31")
HN = per("từ ngày 1/1/2025 đến nay", "2025-01-01", "2025-01-07")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("Chỉ khoảng 21% hành", "21", 21, "percent", "%", approx="about",
        subject="hành khách ngồi sau thắt dây an toàn"),
    fig("tại 8 tỉnh", "8", 8, "count", "tỉnh, thành phố", subject="tỉnh, thành phố được khảo sát", period=D24),
    fig("gần 6.400 lượt", "6.400", 6400, "count", "lượt phương tiện", approx="nearly",
        subject="lượt phương tiện được khảo sát", period=D24),
    fig("đạt 86%", "86", 86, "percent", "%", subject="tỷ lệ người lái ô tô thắt dây an toàn", period=D24),
    fig("đạt 71%", "71", 71, "percent", "%", subject="tỷ lệ người ngồi ghế trước thắt dây an toàn", period=D24),
    fig("sau chỉ khoảng 21%", "21", 21, "percent", "%", approx="about",
        subject="tỷ lệ người ngồi hàng ghế sau thắt dây an toàn", period=D24),
    fig("từ 10 đến 15%", "10", 10, "percent", "%", value_max=15,
        subject="tỷ lệ hành khách thắt dây an toàn trên xe khách", period=inh(D24)),
    fig("giảm 45-50%", "45", 45, "percent", "%", value_max=50,
        subject="mức giảm nguy cơ tử vong cho người ngồi ghế trước khi thắt dây an toàn", location=""),
    fig("khoảng 25%", "25", 25, "percent", "%", approx="about",
        subject="mức giảm nguy cơ tử vong cho người ngồi phía sau khi thắt dây an toàn", location=""),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="mức giảm nguy cơ tử vong ở trẻ sơ sinh nhờ ghế ngồi phù hợp cho trẻ em", location=""),
    fig("xử lý 312 trường hợp", "312", 312, "count", "trường hợp",
        subject="trường hợp không thắt dây an toàn bị xử lý", period=HN, location="Hà Nội"),
    fig("đó 205 trường hợp", "205", 205, "count", "trường hợp", total=312,
        subject="trường hợp không thắt dây an toàn là hành khách", period=HN, location="Hà Nội"),
    fig("từ 800.000", "800.000", 800000, "money", "đồng", value_max=1e6,
        change=chg("increase", 3, "lần", "mức cũ", approx="about"),
        subject="mức phạt người ngồi trên xe ô tô không thắt dây an toàn"),
    fig("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ người ngồi hàng ghế sau thắt dây an toàn", period=T30),
]

NOTES = [
    "National newspaper: section, 'Thứ ba, 7/1/2025, 06:00 (GMT+7)', headline figure, sapo, byline at the end.",
    "Distractors: 'từ năm 2013', 'Nghị định 168/2024/NĐ-CP', 'Vành đai 3', '(GMT+7)', time 06:00.",
    "Survey figures in the 'trong tháng 12/2024' sentence get that month (the count of 8 provinces is a national figure: Việt Nam).",
    "'tỷ lệ này còn thấp hơn, từ 10 đến 15%' is the level on buses, not a gap: no change; period inherited.",
    "WHO's global effect sizes describe no place: location null (written as \"\" to override the default Việt Nam; borderline).",
    "Hà Nội passage: location Hà Nội, 'từ ngày 1/1/2025 đến nay' ends at the dateline; 205 after 'trong đó' has total 312.",
    "The fine is set by a national decree: Việt Nam; 'gấp khoảng ba lần mức cũ' → change 3 lần, approx about.",
    "'mục tiêu đến năm 2030 ... đạt ít nhất 50%' → target, at_least, end 2030-12-31. Headline has no period.",
]

if __name__ == "__main__":
    write("p1318-6", TEXT, NOTES, FIGS, published="2025-01-07", location="Việt Nam")
