"""p1165-2: district portal (huyện Đức Hòa, Long An), authentication at district and commune level, 6 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA
Trang chủ / Tin hoạt động / Tư pháp - Hộ tịch

Đức Hòa: Chứng thực hơn 210.000 bản sao trong 6 tháng đầu năm

Ngày đăng: 08/07/2024 | Người đăng: Phòng Tư pháp

6 tháng đầu năm 2024, Phòng Tư pháp huyện và UBND 20 xã, thị trấn trên địa bàn huyện Đức Hòa đã chứng thực 214.582 bản sao từ bản chính, tăng 11,3% so với cùng kỳ; chứng thực chữ ký 6.417 việc, chứng thực hợp đồng, giao dịch 2.385 việc. Tổng lệ phí chứng thực thu được trên 512 triệu đồng, nộp ngân sách nhà nước theo quy định.

Đáng chú ý, số bản sao điện tử được chứng thực từ bản chính đạt 38.640 bản, chiếm 18% tổng số bản sao. Người dân chỉ cần xuất trình bản chính, sau khoảng 15 phút đã nhận được bản sao điện tử qua tài khoản trên Cổng Dịch vụ công quốc gia.

Tại xã Hựu Thạnh, nơi có nhiều công nhân làm việc trong các khu công nghiệp, bộ phận một cửa mỗi ngày tiếp nhận từ 150 đến 200 yêu cầu chứng thực, chủ yếu là hồ sơ xin việc. Xã bố trí hai công chức tư pháp - hộ tịch trực luân phiên cả sáng thứ Bảy. 6 tháng đầu năm, xã chứng thực 31.250 bản sao, nhiều nhất huyện.

6 tháng cuối năm, Phòng Tư pháp phấn đấu nâng tỷ lệ bản sao điện tử lên ít nhất 30%; dự kiến cả năm 2024 toàn huyện chứng thực khoảng 420.000 bản sao.

Việc chứng thực được thực hiện theo Nghị định số 23/2015/NĐ-CP và Nghị định số 45/2020/NĐ-CP của Chính phủ.

Địa chỉ: Khu phố 1, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An
Điện thoại: 0272.3851.236
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
HEAD = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1X = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hơn 210.000 bản sao", "210.000", 210000, "count", "bản sao", approx="over",
        subject="bản sao được chứng thực", period=HEAD),
    fig("UBND 20 xã", "20", 20, "count", "xã, thị trấn", subject="xã, thị trấn trên địa bàn huyện Đức Hòa"),
    fig("chứng thực 214.582 bản sao", "214.582", 214582, "count", "bản sao",
        change=chg("increase", 11.3, "%", "cùng kỳ"), subject="bản sao từ bản chính được chứng thực", period=H1),
    fig("chữ ký 6.417 việc", "6.417", 6417, "count", "việc", subject="chứng thực chữ ký", period=H1),
    fig("giao dịch 2.385 việc", "2.385", 2385, "count", "việc", subject="chứng thực hợp đồng, giao dịch", period=H1),
    fig("trên 512 triệu đồng", "512", 512e6, "money", "đồng", approx="over",
        subject="tổng lệ phí chứng thực thu được", period=inh(H1)),
    fig("đạt 38.640 bản", "38.640", 38640, "count", "bản", percent=18,
        subject="bản sao điện tử được chứng thực từ bản chính", period=inh(H1)),
    fig("khoảng 15 phút", "15", 15, "measure", "phút", approx="about",
        subject="thời gian nhận bản sao điện tử"),
    fig("từ 150 đến 200 yêu cầu", "150", 150, "measure", "yêu cầu/ngày", value_max=200,
        subject="yêu cầu chứng thực bộ phận một cửa xã Hựu Thạnh tiếp nhận mỗi ngày"),
    fig("bố trí hai công chức", "hai", 2, "count", "công chức", subject="công chức tư pháp - hộ tịch xã Hựu Thạnh"),
    fig("xã chứng thực 31.250 bản sao", "31.250", 31250, "count", "bản sao",
        subject="bản sao xã Hựu Thạnh chứng thực", period=H1X),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ bản sao điện tử", period=H2),
    fig("khoảng 420.000 bản sao", "420.000", 420000, "count", "bản sao", approx="about", status="forecast",
        subject="bản sao toàn huyện chứng thực", period=Y24),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): authentication, 6 months of 2024. 'Ngày đăng: 08/07/2024 | Người đăng: ...'.",
    "Distractors: Nghị định số 23/2015/NĐ-CP, 45/2020/NĐ-CP, 'Khu phố 1', phone 0272.3851.236, 'sáng thứ Bảy', 'bộ phận một cửa'.",
    "Location: default Đức Hòa (district portal); xã Hựu Thạnh is a commune, its figures stay Đức Hòa.",
    "38.640 'chiếm 18% tổng số bản sao' names no whole number: percent 18, no total. Per-day intake is a rate (yêu cầu/ngày).",
    "'6 tháng cuối năm' = 2024-07-01..2024-12-31 (year from the earlier period). Headline 6 tháng đầu năm: year from published.",
]

if __name__ == "__main__":
    write("p1165-2", TEXT, NOTES, FIGS, published="2024-07-08", location="Đức Hòa")
