"""p1361-1: province portal (Bình Dương): nhà trọ checks, violations, fires, 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > An ninh - Trật tự

Bình Dương: Hơn 3.100 nhà trọ vi phạm quy định về phòng cháy, chữa cháy

Cập nhật: 14/10/2024 08:45 | Lượt xem: 3.182

Theo Công an tỉnh, Bình Dương hiện có khoảng 52.600 nhà trọ với gần 1,1 triệu phòng cho thuê, là nơi sinh sống của hơn 1,6 triệu công nhân, người lao động; số nhà trọ của tỉnh đứng thứ 3 cả nước.

9 tháng đầu năm 2024, lực lượng Cảnh sát PCCC và CNCH đã kiểm tra 12.450 cơ sở nhà trọ, phòng trọ, tăng 18,5% so với cùng kỳ năm 2023; phát hiện 3.126 cơ sở vi phạm, chiếm 25,1% số cơ sở được kiểm tra. Cơ quan chức năng đã xử phạt 1.874 trường hợp với tổng số tiền gần 9,8 tỷ đồng; tạm đình chỉ hoạt động 46 cơ sở, trong đó 12 cơ sở tại TP Thuận An và 9 cơ sở tại TP Dĩ An.

Từ đầu năm đến nay, trên địa bàn tỉnh xảy ra 7 vụ cháy tại nhà trọ, làm 2 người bị thương; thiệt hại tài sản ước khoảng 1,3 tỷ đồng. Vụ cháy gần nhất xảy ra tại dãy trọ trên đường ĐT743, phường Bình Hòa, do chập điện khi sạc xe máy điện.

Sau kiểm tra, các chủ nhà trọ đã lắp đặt thêm hơn 15.000 bình chữa cháy xách tay và khoảng 3.800 thang dây thoát nạn.

Mục tiêu đến hết năm 2024, 100% nhà trọ có từ 10 phòng trở lên được kiểm tra, hướng dẫn về PCCC; phấn đấu giảm 10-15% số vụ cháy nhà trọ so với năm 2023. Khi phát hiện cháy, người dân gọi ngay số 114.

Tin liên quan:
- Thuận An ra quân kiểm tra an toàn PCCC khu nhà trọ công nhân
- Hội thao nghiệp vụ chữa cháy và cứu nạn, cứu hộ năm 2024
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
END24 = per("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    fig("Hơn 3.100 nhà trọ", "3.100", 3100, "count", "nhà trọ", approx="over",
        subject="nhà trọ vi phạm quy định về phòng cháy, chữa cháy"),
    fig("khoảng 52.600 nhà trọ", "52.600", 52600, "count", "nhà trọ", approx="about", subject="nhà trọ"),
    fig("gần 1,1 triệu phòng", "1,1", 1.1e6, "count", "phòng", approx="nearly", subject="phòng cho thuê"),
    fig("hơn 1,6 triệu công nhân", "1,6", 1.6e6, "count", "công nhân, người lao động", approx="over",
        subject="công nhân, người lao động sinh sống tại nhà trọ"),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="số nhà trọ của tỉnh"),
    fig("kiểm tra 12.450 cơ sở", "12.450", 12450, "count", "cơ sở",
        change=chg("increase", 18.5, "%", "cùng kỳ năm 2023"),
        subject="cơ sở nhà trọ, phòng trọ được kiểm tra", period=NINE),
    fig("phát hiện 3.126 cơ sở", "3.126", 3126, "count", "cơ sở", percent=25.1,
        subject="cơ sở vi phạm", period=NINE),
    fig("xử phạt 1.874 trường hợp", "1.874", 1874, "count", "trường hợp",
        subject="trường hợp bị xử phạt", period=inh(NINE)),
    fig("gần 9,8 tỷ", "9,8", 9.8e9, "money", "đồng", approx="nearly",
        subject="tổng số tiền xử phạt", period=inh(NINE)),
    fig("hoạt động 46 cơ sở", "46", 46, "count", "cơ sở",
        subject="cơ sở bị tạm đình chỉ hoạt động", period=inh(NINE)),
    fig("trong đó 12 cơ sở", "12", 12, "count", "cơ sở", total=46,
        subject="cơ sở bị tạm đình chỉ hoạt động", period=inh(NINE), location="Thuận An"),
    fig("và 9 cơ sở", "9", 9, "count", "cơ sở", total=46,
        subject="cơ sở bị tạm đình chỉ hoạt động", period=inh(NINE), location="Dĩ An"),
    fig("xảy ra 7 vụ cháy", "7", 7, "count", "vụ cháy", subject="vụ cháy tại nhà trọ", period=YTD),
    fig("làm 2 người", "2", 2, "count", "người", subject="người bị thương", period=YTD),
    fig("khoảng 1,3 tỷ", "1,3", 1.3e9, "money", "đồng", approx="about", status="estimate",
        subject="thiệt hại tài sản", period=YTD),
    fig("hơn 15.000 bình", "15.000", 15000, "count", "bình chữa cháy", approx="over",
        subject="bình chữa cháy xách tay các chủ nhà trọ lắp đặt thêm"),
    fig("khoảng 3.800 thang", "3.800", 3800, "count", "thang dây", approx="about",
        subject="thang dây thoát nạn lắp đặt thêm"),
    fig("100% nhà trọ", "100", 100, "percent", "%", status="target",
        subject="nhà trọ có từ 10 phòng trở lên được kiểm tra, hướng dẫn về PCCC", period=END24),
    fig("từ 10 phòng", "10", 10, "count", "phòng", approx="at_least", status="target", optional=True),
    fig("giảm 10-15%", "10", 10, "percent", "%", value_max=15, status="target",
        subject="giảm số vụ cháy nhà trọ so với năm 2023", period=END24),
]

NOTES = [
    "Province portal (Bình Dương): nhà trọ fire-safety checks, 9 months 2024; 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 3.182'.",
    "Distractors: 08:45, Lượt xem 3.182, 'đường ĐT743', 'số 114' (emergency number), 'năm 2024' in a related link.",
    "Headline 'Hơn 3.100 nhà trọ' has no period phrase: no period. 'đứng thứ 3 cả nước' is Bình Dương's rank (location Bình Dương).",
    "3.126 cơ sở 'chiếm 25,1% số cơ sở được kiểm tra': percent attribute, no total (no part-of cue).",
    "12 / 9 cơ sở after 'trong đó' take total 46 and their city as location; the '9 tháng' period is stated in the previous sentence (inherited).",
    "'Từ đầu năm đến nay' ends at the dateline 2024-10-14; 'ước khoảng' gives estimate + about.",
    "'Mục tiêu đến hết năm 2024 ...; phấn đấu giảm 10-15%': both target, period end 2024-12-31; 'từ 10 phòng trở lên' is a threshold (optional).",
]

if __name__ == "__main__":
    write("p1361-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Bình Dương")
