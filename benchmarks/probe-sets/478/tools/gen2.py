import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

TEXT = """Cổng thông tin điện tử huyện Thạch Hà
Tin hoạt động > HĐND huyện

Thạch Hà: Thu ngân sách 6 tháng đạt 61,4% dự toán, kết dư năm 2023 hơn 21 tỷ đồng
Thứ Năm, 18/07/2024 - 14:20

Ngày 17/7, HĐND huyện khóa XX tổ chức Kỳ họp thứ 15 (kỳ họp thường lệ giữa năm 2024) tại Hội trường UBND huyện, số 02 đường Nguyễn Du, thị trấn Thạch Hà.

Kỳ họp đã phê chuẩn quyết toán thu, chi ngân sách huyện năm 2023. Tổng thu ngân sách nhà nước trên địa bàn năm 2023 đạt 482,7 tỷ đồng, bằng 124,6% dự toán tỉnh giao; trong đó thu tiền sử dụng đất 301,2 tỷ đồng, chiếm 62,4%. Tổng chi ngân sách huyện năm 2023 là 896,3 tỷ đồng, tăng 8,1% so với năm 2022. Ngân sách huyện kết dư 21,5 tỷ đồng; 31/31 xã, thị trấn hoàn thành quyết toán ngân sách đúng thời hạn.

Năm 2024, 6 tháng đầu năm tổng thu ngân sách trên địa bàn ước đạt 215,8 tỷ đồng, bằng 61,4% dự toán HĐND huyện giao, tăng 17,3% so với cùng kỳ. Chi ngân sách huyện ước thực hiện 418,2 tỷ đồng, đạt 47,9% dự toán. Trong 6 tháng, huyện thẩm tra, phê duyệt quyết toán 46 dự án hoàn thành với giá trị đề nghị 127,4 tỷ đồng; giá trị được duyệt 124,9 tỷ đồng, giảm trừ 2,5 tỷ đồng. Đến 30/6/2024, nợ đọng xây dựng cơ bản của huyện còn gần 14,6 tỷ đồng, giảm 5,2 tỷ đồng so với đầu năm, chủ yếu tại dự án nâng cấp đường tỉnh 17 và tuyến tránh Quốc lộ 1A.

Kỳ họp thống nhất phấn đấu cả năm 2024 thu ngân sách trên địa bàn đạt từ 380 đến 400 tỷ đồng.

Minh Châu - Văn phòng HĐND và UBND huyện
Điện thoại: 0239.3845.226"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
FIGS = [
    fig("6 tháng đạt 61,4%", "61,4", 61.4, "percent", "%", "thu ngân sách so với dự toán",
        per("6 tháng", "2024-01-01", "2024-06-30")),
    fig("hơn 21 tỷ đồng", "21", 21e9, "money", "đồng", "kết dư", Y23, approx="over"),
    fig("đạt 482,7 tỷ đồng", "482,7", 482.7e9, "money", "đồng", "tổng thu ngân sách nhà nước trên địa bàn", Y23, percent=124.6),
    fig("sử dụng đất 301,2 tỷ đồng", "301,2", 301.2e9, "money", "đồng", "thu tiền sử dụng đất", Y23, total=482.7e9, percent=62.4),
    fig("là 896,3 tỷ đồng", "896,3", 896.3e9, "money", "đồng", "tổng chi ngân sách huyện", Y23,
        change=chg("increase", 8.1, baseline="năm 2022")),
    fig("kết dư 21,5 tỷ đồng", "21,5", 21.5e9, "money", "đồng", "ngân sách huyện kết dư", inh(Y23)),
    fig("31/31 xã", "31", 31, "count", "xã, thị trấn", "xã, thị trấn hoàn thành quyết toán ngân sách đúng thời hạn", inh(Y23), total=31),
    fig("ước đạt 215,8 tỷ đồng", "215,8", 215.8e9, "money", "đồng", "tổng thu ngân sách trên địa bàn", H1,
        percent=61.4, change=chg("increase", 17.3, baseline="cùng kỳ"), status="estimate"),
    fig("thực hiện 418,2 tỷ đồng", "418,2", 418.2e9, "money", "đồng", "chi ngân sách huyện", inh(H1), percent=47.9, status="estimate"),
    fig("quyết toán 46 dự án", "46", 46, "count", "dự án", "dự án hoàn thành được thẩm tra, phê duyệt quyết toán",
        per("Trong 6 tháng", "2024-01-01", "2024-06-30")),
    fig("đề nghị 127,4 tỷ đồng", "127,4", 127.4e9, "money", "đồng", "giá trị đề nghị quyết toán",
        per("Trong 6 tháng", "2024-01-01", "2024-06-30")),
    fig("được duyệt 124,9 tỷ đồng", "124,9", 124.9e9, "money", "đồng", "giá trị quyết toán được duyệt",
        per("Trong 6 tháng", "2024-01-01", "2024-06-30")),
    fig("giảm trừ 2,5 tỷ đồng", "2,5", 2.5e9, "money", "đồng", "giá trị giảm trừ quyết toán",
        per("Trong 6 tháng", "2024-01-01", "2024-06-30")),
    fig("còn gần 14,6 tỷ đồng", "14,6", 14.6e9, "money", "đồng", "nợ đọng xây dựng cơ bản",
        per("Đến 30/6/2024", None, "2024-06-30"), approx="nearly",
        change=chg("decrease", 5.2e9, unit="đồng", baseline="đầu năm")),
    fig("từ 380 đến 400 tỷ đồng", "380", 380e9, "money", "đồng", "thu ngân sách trên địa bàn",
        per("cả năm 2024", "2024-01-01", "2024-12-31"), value_max=400e9, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Thạch Hà (Hà Tĩnh): HĐND huyện phê chuẩn quyết toán ngân sách 2023; thu, chi 6 tháng đầu năm 2024 (district portal).",
    "Not figures: Kỳ họp thứ 15, khóa XX, 'Ngày 17/7', số 02 đường Nguyễn Du, đường tỉnh 17, Quốc lộ 1A, phone 0239.3845.226.",
    "Headline '6 tháng' has no earlier period in the text, so it takes the year of published (2024); the headline rate is a share of plan",
    "standing alone (a percent figure). Headline 'kết dư năm 2023 hơn 21 tỷ đồng' restates 21,5 tỷ: a figure (over). 31/31 xã: total 31.",
    "'giảm trừ 2,5 tỷ đồng' is its own figure (the amount cut in settlement), not a change of 124,9 tỷ; 'giảm 5,2 tỷ đồng so với đầu năm' is the change of 14,6 tỷ.",
    "Location: the district, Thạch Hà.",
]

if __name__ == "__main__":
    emit("p478-2", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Thạch Hà")
