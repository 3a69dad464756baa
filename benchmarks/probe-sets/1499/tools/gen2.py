"""p1499-2: district portal (huyện Văn Lâm, Hưng Yên): a cooperative assembling rechargeable lamps."""
from lib import fig, per, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN LÂM - TỈNH HƯNG YÊN
Trang chủ / Kinh tế / Nông nghiệp - Nông thôn

HTX Điện dân dụng Minh Tiến phát triển sản phẩm đèn tích điện

15/03/2024 - 08:40

Thành lập năm 2016 với bảy thành viên, hiện Hợp tác xã Điện dân dụng Minh Tiến (xã Minh Hải) có 42 thành viên, tạo việc làm thường xuyên cho 126 lao động, trong đó 87 lao động nữ, thu nhập từ 7 đến 9 triệu đồng/người/tháng.

Hợp tác xã có hai xưởng lắp ráp với tổng diện tích gần 1.500 m2, mỗi ngày lắp ráp khoảng 3.000 đèn tích điện và đèn pin các loại. Năm 2023, hợp tác xã tiêu thụ hơn 820 nghìn sản phẩm, doanh thu đạt 68,5 tỷ đồng, tăng 15% so với năm 2022; lợi nhuận sau thuế 3,2 tỷ đồng, vượt 10% kế hoạch. Đèn tích điện nhãn hiệu "Minh Tiến 5 sao" có giá từ 85.000 đến 160.000 đồng/chiếc, đã có mặt tại 23 tỉnh, thành phố.

Ông Nguyễn Văn Hòa, Giám đốc hợp tác xã cho biết: "Năm 2024, chúng tôi phấn đấu doanh thu đạt 80 tỷ đồng, dự kiến tuyển thêm từ 30 đến 40 lao động và đầu tư một dây chuyền hàn mạch tự động".

Hiện trên địa bàn huyện có 11 cơ sở sản xuất, lắp ráp đèn pin, đèn sạc, gồm 3 hợp tác xã và 8 doanh nghiệp nhỏ, thu hút khoảng 650 lao động địa phương. Huyện phấn đấu đến năm 2025 có ít nhất 2 sản phẩm đèn tích điện đạt chuẩn OCOP 3 sao trở lên.

Nguồn: Phòng Kinh tế - Hạ tầng huyện Văn Lâm

Tin khác:
- Xã Minh Hải tổng kết công tác năm 2023
- Văn Lâm ra quân trồng cây đầu xuân Giáp Thìn 2024

Địa chỉ: Số 1 đường Nguyễn Văn Linh, thị trấn Như Quỳnh, huyện Văn Lâm | Điện thoại: 0221.3985.112
"""

Y16 = per("năm 2016", "2016-01-01", "2016-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("với bảy thành viên", "bảy", 7, "count", "thành viên",
        subject="thành viên khi thành lập hợp tác xã", period=Y16),
    fig("có 42 thành viên", "42", 42, "count", "thành viên",
        subject="thành viên Hợp tác xã Điện dân dụng Minh Tiến"),
    fig("cho 126 lao động", "126", 126, "count", "lao động",
        subject="lao động có việc làm thường xuyên"),
    fig("trong đó 87 lao động", "87", 87, "count", "lao động", total=126, subject="lao động nữ"),
    fig("từ 7 đến 9 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=9e6,
        subject="thu nhập của lao động"),
    fig("có hai xưởng", "hai", 2, "count", "xưởng", subject="xưởng lắp ráp của hợp tác xã"),
    fig("gần 1.500 m2", "1.500", 1500, "measure", "m2", approx="nearly",
        subject="tổng diện tích xưởng lắp ráp"),
    fig("khoảng 3.000 đèn", "3.000", 3000, "measure", "đèn/ngày", approx="about",
        subject="đèn tích điện và đèn pin lắp ráp mỗi ngày"),
    fig("hơn 820 nghìn", "820", 820e3, "count", "sản phẩm", approx="over",
        subject="sản phẩm hợp tác xã tiêu thụ", period=Y23),
    fig("đạt 68,5 tỷ", "68,5", 68.5e9, "money", "đồng", change=chg("increase", 15, "%", "năm 2022"),
        subject="doanh thu của hợp tác xã", period=Y23),
    fig("thuế 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", change=chg("increase", 10, "%", "kế hoạch"),
        subject="lợi nhuận sau thuế", period=Y23),
    fig("từ 85.000 đến 160.000", "85.000", 85000, "money", "đồng/chiếc", value_max=160000,
        subject="giá đèn tích điện nhãn hiệu Minh Tiến"),
    fig("tại 23 tỉnh", "23", 23, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố có đèn tích điện Minh Tiến", location="Việt Nam"),
    fig("đạt 80 tỷ", "80", 80e9, "money", "đồng", status="target",
        subject="doanh thu", period=Y24),
    fig("từ 30 đến 40 lao động", "30", 30, "count", "lao động", value_max=40, status="forecast",
        subject="lao động tuyển thêm", period=Y24),
    fig("một dây chuyền", "một", 1, "count", "dây chuyền", status="forecast",
        subject="dây chuyền hàn mạch tự động đầu tư", period=Y24),
    fig("có 11 cơ sở", "11", 11, "count", "cơ sở",
        subject="cơ sở sản xuất, lắp ráp đèn pin, đèn sạc trên địa bàn huyện"),
    fig("gồm 3 hợp tác xã", "3", 3, "count", "hợp tác xã", total=11,
        subject="hợp tác xã sản xuất, lắp ráp đèn pin, đèn sạc"),
    fig("và 8 doanh nghiệp", "8", 8, "count", "doanh nghiệp", total=11,
        subject="doanh nghiệp nhỏ sản xuất, lắp ráp đèn pin, đèn sạc"),
    fig("khoảng 650 lao động", "650", 650, "count", "lao động", approx="about",
        subject="lao động địa phương các cơ sở thu hút"),
    fig("ít nhất 2 sản phẩm", "2", 2, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm đèn tích điện đạt chuẩn OCOP", period=TO25),
]

NOTES = [
    "District portal (huyện Văn Lâm, Hưng Yên): HTX Điện dân dụng Minh Tiến in xã Minh Hải, assembling đèn tích điện; dateline '15/03/2024 - 08:40'.",
    "Distractors: 08:40, 'Minh Tiến 5 sao' (a brand name), 'OCOP 3 sao', 'năm 2023'/'Giáp Thìn 2024' in links, 'Số 1 đường Nguyễn Văn Linh', phone 0221.3985.112, founding year 'năm 2016'.",
    "The district (Văn Lâm) is the location of every figure: the cooperative is in one of its communes, and a commune is not a location level in the spec.",
    "'bảy thành viên' at founding takes 'năm 2016'; 'hiện ... 42 thành viên' and the rest of that sentence have no period ('hiện').",
    "'vượt 10% kế hoạch' is a change with baseline 'kế hoạch'. 'gồm 3 hợp tác xã và 8 doanh nghiệp' add up to the 11 cơ sở: total 11.",
    "Quote 'Năm 2024, ... phấn đấu ... (target), dự kiến ... (forecast) và ... một dây chuyền' : the forecast cue governs the continuing clause.",
    "'mỗi ngày lắp ráp khoảng 3.000 đèn' is a rate: measure, unit 'đèn/ngày'.",
    "'đã có mặt tại 23 tỉnh, thành phố' is a count of provinces: location Việt Nam (FIGURES.md lists 'a count of provinces' among national figures).",
    "revised: 23 tỉnh, thành phố location Văn Lâm → Việt Nam (spec: a count of provinces is a national figure).",
]

if __name__ == "__main__":
    write("p1499-2", TEXT, NOTES, FIGS, published="2024-03-15", location="Văn Lâm")
