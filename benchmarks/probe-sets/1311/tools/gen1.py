"""p1311-1: province portal (Ninh Thuận): households short of water, wells, water trucks (April 2024)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng Thông tin điện tử tỉnh Ninh Thuận
Trang chủ > Tin tức - Sự kiện > Kinh tế

Ninh Thuận: Hơn 4.300 hộ dân thiếu nước sinh hoạt do nắng hạn

Cập nhật: 18/04/2024 10:35 | Lượt xem: 1.836

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 15/4/2024, toàn tỉnh có 4.326 hộ với khoảng 17.500 nhân khẩu thiếu nước sinh hoạt, tăng 1.150 hộ so với cùng kỳ năm 2023. Trong đó, huyện Thuận Nam 1.842 hộ, huyện Ninh Phước 1.275 hộ, huyện Thuận Bắc 796 hộ, còn lại thuộc các huyện Ninh Sơn và Bác Ái.

Nhiều nơi giếng đào đã khô cạn, mực nước giếng khoan hạ thấp từ 3 đến 5 m so với cùng kỳ. Để bảo đảm nước sinh hoạt cho người dân, từ đầu năm đến nay, các địa phương đã huy động 26 xe bồn chở nước, cấp miễn phí hơn 9.400 m3 nước sạch; ngân sách tỉnh hỗ trợ 3,2 tỷ đồng để khoan mới 58 giếng và nạo vét, khơi sâu 214 giếng đào.

Tại huyện Thuận Nam, mỗi ngày xe bồn chở khoảng 120 m3 nước đến các thôn của xã Phước Minh, xã Nhị Hà, bình quân 200 lít/hộ/ngày. Ông Trần Văn Lộc, thôn Quán Thẻ 1, cho biết giếng nhà ông sâu 12 m nhưng đã cạn từ tháng 2, gia đình sáu người phải mua nước với giá 80.000 đồng/m3.

UBND tỉnh chỉ đạo các địa phương rà soát, dự kiến khoan thêm 35 giếng trong tháng 5 và lắp đặt 120 bồn chứa nước loại 2 m3 tại các điểm dân cư. Mục tiêu đến cuối năm 2025, tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 70%, hiện mới đạt 58,6%. Người dân cần hỗ trợ nước sinh hoạt liên hệ đường dây nóng 0259.3830.115.

Tin liên quan:
- Ninh Thuận: Triển khai phương án phòng, chống hạn mùa khô 2023-2024
- Khánh thành công trình cấp nước sinh hoạt thôn Suối Đá 2
"""

ASOF = per("tính đến ngày 15/4/2024", None, "2024-04-15")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-04-18")
MAY = per("trong tháng 5", "2024-05-01", "2024-05-31")
T25 = per("đến cuối năm 2025", None, "2025-12-31")
TN = "Thuận Nam"
SUBJ = "hộ thiếu nước sinh hoạt"

FIGS = [
    fig("Hơn 4.300 hộ", "4.300", 4300, "count", "hộ", approx="over", subject="hộ dân thiếu nước sinh hoạt"),
    fig("có 4.326 hộ", "4.326", 4326, "count", "hộ", change=chg("increase", 1150, "hộ", "cùng kỳ năm 2023"),
        subject=SUBJ, period=ASOF),
    fig("khoảng 17.500 nhân khẩu", "17.500", 17500, "count", "nhân khẩu", approx="about",
        subject="nhân khẩu thiếu nước sinh hoạt", period=ASOF),
    fig("Thuận Nam 1.842 hộ", "1.842", 1842, "count", "hộ", total=4326, subject=SUBJ, period=inh(ASOF),
        location="Thuận Nam"),
    fig("Ninh Phước 1.275 hộ", "1.275", 1275, "count", "hộ", total=4326, subject=SUBJ, period=inh(ASOF),
        location="Ninh Phước"),
    fig("Thuận Bắc 796 hộ", "796", 796, "count", "hộ", total=4326, subject=SUBJ, period=inh(ASOF),
        location="Thuận Bắc"),
    fig("từ 3 đến 5 m", "3", 3, "measure", "m", value_max=5,
        subject="mực nước giếng khoan hạ thấp so với cùng kỳ"),
    fig("huy động 26 xe", "26", 26, "count", "xe bồn", subject="xe bồn chở nước các địa phương huy động",
        period=YTD),
    fig("hơn 9.400 m3", "9.400", 9400, "measure", "m3", approx="over", subject="nước sạch cấp miễn phí",
        period=YTD),
    fig("hỗ trợ 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", subject="ngân sách tỉnh hỗ trợ khoan giếng, nạo vét giếng",
        period=YTD),
    fig("khoan mới 58 giếng", "58", 58, "count", "giếng", subject="giếng khoan mới", period=YTD),
    fig("khơi sâu 214 giếng", "214", 214, "count", "giếng đào", subject="giếng đào được nạo vét, khơi sâu",
        period=YTD),
    fig("khoảng 120 m3", "120", 120, "measure", "m3/ngày", approx="about",
        subject="nước xe bồn chở đến các thôn mỗi ngày", location=TN),
    fig("bình quân 200 lít", "200", 200, "measure", "lít/hộ/ngày", subject="lượng nước cấp bình quân mỗi hộ",
        location=TN),
    fig("sâu 12 m", "12", 12, "measure", "m", subject="độ sâu giếng nhà ông Trần Văn Lộc", location=TN),
    fig("gia đình sáu người", "sáu", 6, "count", "người", subject="người trong gia đình ông Trần Văn Lộc",
        location=TN),
    fig("giá 80.000 đồng", "80.000", 80000, "money", "đồng/m3", subject="giá mua nước", location=TN),
    fig("thêm 35 giếng", "35", 35, "count", "giếng", status="forecast", subject="giếng khoan thêm", period=MAY),
    fig("đặt 120 bồn", "120", 120, "count", "bồn", status="forecast", subject="bồn chứa nước lắp đặt tại các điểm dân cư",
        period=MAY),
    fig("loại 2 m3", "2", 2, "measure", "m3", status="forecast", subject="dung tích bồn chứa nước", optional=True),
    fig("đạt 70%", "70", 70, "percent", "%", status="target",
        subject="tỷ lệ hộ dân nông thôn sử dụng nước sạch", period=T25),
    fig("đạt 58,6%", "58,6", 58.6, "percent", "%", subject="tỷ lệ hộ dân nông thôn sử dụng nước sạch"),
]

NOTES = [
    "Province portal (Ninh Thuận): breadcrumb, headline figure, 'Cập nhật: 18/04/2024 10:35 | Lượt xem: 1.836', related links.",
    "Distractors: 10:35, Lượt xem 1.836, dates 15/4/2024 and 'từ tháng 2', 'thôn Quán Thẻ 1', hotline 0259.3830.115,",
    "'mùa khô 2023-2024' and 'thôn Suối Đá 2' in related links.",
    "'tăng 1.150 hộ so với cùng kỳ' is the change of 4.326 hộ (unit hộ), not of the 17.500 nhân khẩu standing between them.",
    "'Trong đó' parts (districts) after a sentence break take total 4.326 and their district as location; period inherited.",
    "'mực nước ... hạ thấp từ 3 đến 5 m so với cùng kỳ' is itself the claim: a measure range, no change object.",
    "'từ đầu năm đến nay' ends at the dateline and governs the whole ';' sentence. 'tháng 5' (no year) takes 2024.",
    "'mỗi ngày ... 120 m3' → m3/ngày. 'loại 2 m3' is the product size of the tanks (optional).",
    "'Mục tiêu đến cuối năm 2025 ... đạt 70%' → target; ', hiện mới đạt 58,6%' is a clause with its own verb and 'hiện': actual, no period.",
]

if __name__ == "__main__":
    write("p1311-1", TEXT, NOTES, FIGS, published="2024-04-18", location="Ninh Thuận")
