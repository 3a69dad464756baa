from lib import F, P, build

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TIÊN LÃNG
Thứ Tư, 16/10/2024 - 15:20

Tạo việc làm, giúp người khuyết tật hòa nhập cộng đồng

Trong 9 tháng năm 2024, Phòng Lao động - Thương binh và Xã hội huyện phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện mở 6 lớp đào tạo nghề cho 148 người khuyết tật, đạt 74% kế hoạch năm. Trong đó, nghề may công nghiệp có 52 học viên, sửa chữa điện tử 31 học viên, làm hương và đan lát 65 học viên.

Sau đào tạo, 121 người đã có việc làm, đạt tỷ lệ 81,8%, tăng 15 người so với cùng kỳ năm 2023. Nhiều học viên được nhận vào làm việc tại các doanh nghiệp may mặc trong cụm công nghiệp của huyện với mức lương từ 4 đến 5,5 triệu đồng/người/tháng.

Từ đầu năm đến nay, Phòng Giao dịch Ngân hàng Chính sách xã hội huyện đã giải ngân 4,65 tỷ đồng cho 93 hộ có người khuyết tật vay vốn tạo việc làm, mức vay bình quân 50 triệu đồng/hộ. Trên địa bàn huyện hiện có 3 cơ sở sản xuất, kinh doanh sử dụng từ 30% lao động là người khuyết tật trở lên, giải quyết việc làm ổn định cho gần 80 lao động khuyết tật.

Toàn huyện hiện có 2.317 người khuyết tật, trong đó 1.126 người trong độ tuổi lao động (chiếm 48,6%). Năm 2025, huyện phấn đấu đào tạo nghề cho 200 người khuyết tật, trong đó ít nhất 70% có việc làm sau đào tạo.

Mọi thắc mắc xin liên hệ Phòng Lao động - Thương binh và Xã hội huyện, số 8 đường Nguyễn Văn Linh, thị trấn Tiên Lãng; điện thoại: 0225.3883.107.

Minh Thu (Trung tâm VH-TT&TT huyện)
"""

M9 = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9_I = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-16")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("mở 6 lớp", "6", "count", "lớp", "lớp đào tạo nghề cho người khuyết tật", period=M9),
    F("cho 148 người", "148", "count", "người khuyết tật", "người khuyết tật được đào tạo nghề", percent=74, period=M9),
    F("có 52 học viên", "52", "count", "học viên", "học viên nghề may công nghiệp", total=148, period=M9_I),
    F("điện tử 31 học viên", "31", "count", "học viên", "học viên nghề sửa chữa điện tử", total=148, period=M9_I),
    F("đan lát 65 học viên", "65", "count", "học viên", "học viên nghề làm hương và đan lát", total=148, period=M9_I),
    F("121 người", "121", "count", "người", "người khuyết tật có việc làm sau đào tạo", percent=81.8,
      change={"direction": "increase", "value": 15, "unit": "người", "approx": "exact", "baseline": "cùng kỳ năm 2023"}, period=M9_I),
    F("từ 4 đến 5,5 triệu", "4", "money", "đồng/người/tháng", "mức lương của người khuyết tật làm việc tại doanh nghiệp may mặc",
      mult=1e6, value_max=5500000),
    F("giải ngân 4,65 tỷ đồng", "4,65", "money", "đồng", "vốn vay tạo việc làm giải ngân cho hộ có người khuyết tật", mult=1e9, period=YTD),
    F("cho 93 hộ", "93", "count", "hộ", "hộ có người khuyết tật vay vốn tạo việc làm", period=YTD),
    F("bình quân 50 triệu", "50", "money", "đồng/hộ", "mức vay bình quân", mult=1e6, period=YTD),
    F("có 3 cơ sở", "3", "count", "cơ sở sản xuất, kinh doanh", "cơ sở sản xuất, kinh doanh sử dụng từ 30% lao động là người khuyết tật"),
    F("từ 30% lao động", "30", "percent", "%", "tỷ lệ lao động là người khuyết tật", approx="at_least", optional=True),
    F("gần 80 lao động", "80", "count", "lao động khuyết tật", "lao động khuyết tật có việc làm ổn định", approx="nearly"),
    F("có 2.317 người", "2.317", "count", "người khuyết tật", "người khuyết tật"),
    F("1.126 người", "1.126", "count", "người", "người khuyết tật trong độ tuổi lao động", total=2317, percent=48.6),
    F("cho 200 người", "200", "count", "người khuyết tật", "người khuyết tật được đào tạo nghề", status="target", period=Y25),
    F("ít nhất 70%", "70", "percent", "%", "tỷ lệ người khuyết tật có việc làm sau đào tạo", approx="at_least", status="target", period=Y25),
]

COMMENTS = [
    "District portal (huyện Tiên Lãng, Hải Phòng): vocational training, jobs, preferential loans for people with disabilities, 9 months 2024.",
    "Dateline 'Thứ Tư, 16/10/2024 - 15:20', byline at the end. 'Từ đầu năm đến nay' runs from 2024-01-01 to the dateline.",
    "'đạt 74% kế hoạch năm' is the share (percent attribute) of 148; the three trades after 'Trong đó' have total 148.",
    "121: share 81,8% and change 'tăng 15 người so với cùng kỳ năm 2023'; no cue makes 148 its whole; its period (9 tháng) stands in another paragraph (inherited).",
    "Salary range and 'hiện có' figures carry no period. 'từ 30% lao động … trở lên' is an eligibility threshold (optional).",
    "'chiếm 48,6%' in brackets is the share of 1.126, whose whole after 'trong đó' is 2.317. Distractors: address 'số 8', phone number.",
]

if __name__ == "__main__":
    build("p354-2", TEXT, FIGS, COMMENTS, published="2024-10-16", location="Tiên Lãng")
