"""p1334-6: national newspaper: reuse of old textbooks, a survey and a school in Hà Nội."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Giáo dục › Tin tức

Thứ tư, 4/9/2024, 06:00 (GMT+7)

Tái sử dụng sách giáo khoa: mới đạt 20-25%

Phần lớn sách giáo khoa chỉ dùng một năm rồi bị bán giấy vụn, trong khi giá một bộ sách lớp 12 đã vượt 300.000 đồng.

Theo khảo sát của Viện Nghiên cứu Phát triển Giáo dục Phương Nam công bố hôm 3/9, năm học 2023-2024 cả nước đã sử dụng hơn 100 triệu bản sách giáo khoa. Tuy nhiên, chỉ khoảng 20-25% số sách được dùng lại ở năm học sau, phần còn lại bị bán giấy vụn hoặc cất bỏ.

Khảo sát 2.400 phụ huynh tại 12 tỉnh, thành phố cho thấy 68% gia đình mua sách mới hoàn toàn cho con, dù sách của anh chị vẫn dùng được. Chi phí mua sách giáo khoa và đồ dùng học tập bình quân 1,2-1,5 triệu đồng/học sinh/năm, chiếm khoảng 8% chi tiêu cho giáo dục của hộ gia đình. Hà Nội đứng thứ 3 về tỷ lệ tái sử dụng sách trong các địa phương được khảo sát, với 31%.

Tại Trường THCS Hoàng Mai Xanh (quận Hoàng Mai, Hà Nội), "Phiên chợ sách cũ" được duy trì từ năm 2019. Năm nay, trường thu gom 4.350 cuốn sách, trong đó 3.100 cuốn sách giáo khoa; 85% học sinh tham gia. Sách được bán lại bằng 30% giá bìa, số tiền thu được hơn 26 triệu đồng dùng mua vở tặng học sinh khó khăn.

"Một cuốn sách giáo khoa giữ cẩn thận có thể dùng ba, bốn năm", ông Trần Đức Khang, Viện trưởng, nói. Ông đề xuất đến năm 2030 nâng tỷ lệ sách giáo khoa được dùng lại lên ít nhất 50%.

Nhóm phóng viên

Ý kiến (12)
"""

SY23 = per("năm học 2023-2024", "2023-09-01", "2024-05-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
HM = "Hoàng Mai"

FIGS = [
    fig("mới đạt 20-25%", "20", 20, "percent", "%", value_max=25, subject="tái sử dụng sách giáo khoa"),
    fig("chỉ dùng một năm", "một", 1, "measure", "năm", optional=True),
    fig("đã vượt 300.000 đồng", "300.000", 300000, "money", "đồng/bộ", approx="over",
        subject="giá một bộ sách lớp 12"),
    fig("hơn 100 triệu bản", "100", 100e6, "count", "bản", approx="over",
        subject="sách giáo khoa cả nước đã sử dụng", period=SY23),
    fig("khoảng 20-25% số", "20", 20, "percent", "%", approx="about", value_max=25,
        subject="số sách được dùng lại ở năm học sau"),
    fig("Khảo sát 2.400 phụ huynh", "2.400", 2400, "count", "phụ huynh", subject="phụ huynh được khảo sát"),
    fig("tại 12 tỉnh", "12", 12, "count", "tỉnh, thành phố", subject="tỉnh, thành phố được khảo sát"),
    fig("thấy 68% gia đình", "68", 68, "percent", "%", subject="gia đình mua sách mới hoàn toàn cho con"),
    fig("bình quân 1,2-1,5 triệu", "1,2", 1.2e6, "money", "đồng/học sinh/năm", value_max=1.5e6, percent=8,
        subject="chi phí mua sách giáo khoa và đồ dùng học tập bình quân"),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="tỷ lệ tái sử dụng sách", location="Hà Nội"),
    fig("với 31%", "31", 31, "percent", "%", subject="tỷ lệ tái sử dụng sách", location="Hà Nội"),
    fig("gom 4.350 cuốn", "4.350", 4350, "count", "cuốn sách", subject="sách trường thu gom", period=NOW,
        location=HM),
    fig("đó 3.100 cuốn", "3.100", 3100, "count", "cuốn sách giáo khoa", total=4350,
        subject="sách giáo khoa trường thu gom", period=NOW, location=HM),
    fig("; 85% học sinh", "85", 85, "percent", "%", subject="học sinh tham gia Phiên chợ sách cũ", period=NOW,
        location=HM),
    fig("bằng 30% giá bìa", "30", 30, "percent", "%", subject="giá bán lại sách so với giá bìa", location=HM),
    fig("hơn 26 triệu", "26", 26e6, "money", "đồng", approx="over",
        subject="số tiền thu được từ bán lại sách", location=HM),
    fig("dùng ba, bốn năm", "ba", 3, "measure", "năm", value_max=4, optional=True),
    fig("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ sách giáo khoa được dùng lại", period=T30),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ tư, 4/9/2024, 06:00 (GMT+7)', sapo, quote, byline 'Nhóm phóng viên', comment counter 'Ý kiến (12)'.",
    "Distractors: (GMT+7), 06:00, 'hôm 3/9', 'lớp 12', 'từ năm 2019', 'Ý kiến (12)', 'Viện Nghiên cứu ...' (name), the generic 'Một cuốn sách' (an article, not a count) in the quote.",
    "Headline 'mới đạt 20-25%' and body 'khoảng 20-25%': percent ranges (the body one approx about). National figures → Việt Nam.",
    "'1,2-1,5 triệu đồng/học sinh/năm, chiếm khoảng 8% chi tiêu ...' → range money with percent attribute 8.",
    "'Hà Nội đứng thứ 3 ... với 31%' → rank 3 and percent 31, location Hà Nội, subject the ranked indicator.",
    "The school in quận Hoàng Mai → location Hoàng Mai; 'Năm nay' = 2024 (dateline) governs the clauses of its sentence;",
    "'trong đó 3.100 cuốn sách giáo khoa' → total 4.350. 'bán lại bằng 30% giá bìa' is a percent figure (a price ratio, no base amount).",
    "'chỉ dùng một năm' (sapo) and 'dùng ba, bốn năm' (quote) are general durations of use: optional ('ba, bốn' read as range 3-4). No period for the survey figures",
    "other than the stated school year: the survey's date 'hôm 3/9' only dates the publication.",
]

if __name__ == "__main__":
    write("p1334-6", TEXT, NOTES, FIGS, published="2024-09-04", location="Việt Nam")
