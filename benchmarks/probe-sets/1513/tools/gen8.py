"""p1513-8: radio/TV site (Đài PT-TH Hải Dương): a cooperative making aluminium and stainless pots in Ninh Giang."""
from lib import fig, per, inh, chg, write

TEXT = """HDTV - Đài Phát thanh và Truyền hình Hải Dương
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Hợp tác xã làm nồi inox ở Ninh Giang tăng doanh thu 22%

Cập nhật lúc 17:30, 22/05/2024
(Video 02:35)

Hợp tác xã Gia dụng Đồng Tiến ở xã Hồng Phong, huyện Ninh Giang hiện có 42 thành viên, mỗi tháng xuất xưởng khoảng 25.000 sản phẩm nồi nhôm, nồi inox các loại. 4 tháng đầu năm 2024, hợp tác xã tiêu thụ gần 98.000 sản phẩm, doanh thu đạt 5,8 tỷ đồng, tăng 22% so với cùng kỳ năm trước. Trong đó, doanh thu từ bán hàng qua mạng đạt 1,1 tỷ đồng.

Sản phẩm nồi inox liền khối mang thương hiệu Đồng Tiến đạt chứng nhận OCOP 4 sao năm 2023, giá bán từ 180.000 đến 420.000 đồng/chiếc. Hợp tác xã tạo việc làm thường xuyên cho 65 lao động và gần hai chục hộ gia công tại nhà, thu nhập bình quân 7,2 triệu đồng/người/tháng.

Ông Phạm Văn Đông, Giám đốc hợp tác xã cho biết, năm nay hợp tác xã dự kiến đầu tư thêm 2 máy dập thủy lực với kinh phí khoảng 1,5 tỷ đồng, nâng sản lượng lên 35.000 sản phẩm/tháng. Tháng 6 tới, hợp tác xã sẽ tham gia Hội chợ hàng Việt lần thứ 12 tại Hà Nội.

Theo Sở Công Thương, toàn tỉnh có 6 cơ sở sản xuất nồi, xoong bằng nhôm, inox quy mô vừa và nhỏ, tập trung tại các huyện Ninh Giang, Thanh Miện và Gia Lộc; giá trị sản xuất năm 2023 đạt khoảng 76 tỷ đồng.

Thu Hà - Minh Tuấn
Bình luận (0)
"""

M4 = per("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
NG = "Ninh Giang"
HTX = "Hợp tác xã Gia dụng Đồng Tiến"

FIGS = [
    fig("doanh thu 22%", "22", 22, "percent", "%", subject="doanh thu của hợp tác xã làm nồi inox", location=NG),
    fig("có 42 thành viên", "42", 42, "count", "thành viên", subject=f"thành viên {HTX}", location=NG),
    fig("khoảng 25.000 sản phẩm", "25.000", 25000, "measure", "sản phẩm/tháng", approx="about",
        subject="sản phẩm nồi nhôm, nồi inox xuất xưởng mỗi tháng", location=NG),
    fig("gần 98.000 sản phẩm", "98.000", 98000, "count", "sản phẩm", approx="nearly",
        subject="sản phẩm hợp tác xã tiêu thụ", period=M4, location=NG),
    fig("đạt 5,8 tỷ", "5,8", 5.8e9, "money", "đồng",
        change=chg("increase", 22, "%", "cùng kỳ năm trước"),
        subject="doanh thu của hợp tác xã", period=M4, location=NG),
    fig("đạt 1,1 tỷ", "1,1", 1.1e9, "money", "đồng", total=5.8e9,
        subject="doanh thu từ bán hàng qua mạng", period=inh(M4), location=NG),
    fig("từ 180.000 đến 420.000", "180.000", 180000, "money", "đồng/chiếc", value_max=420000,
        subject="giá bán nồi inox liền khối thương hiệu Đồng Tiến", location=NG),
    fig("cho 65 lao động", "65", 65, "count", "lao động",
        subject="lao động hợp tác xã tạo việc làm thường xuyên", location=NG),
    fig("gần hai chục hộ", "hai chục", 20, "count", "hộ", approx="nearly",
        subject="hộ gia công tại nhà", location=NG),
    fig("bình quân 7,2 triệu", "7,2", 7.2e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân", location=NG),
    fig("thêm 2 máy", "2", 2, "count", "máy", status="forecast",
        subject="máy dập thủy lực đầu tư thêm", period=NOW, location=NG),
    fig("khoảng 1,5 tỷ", "1,5", 1.5e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí đầu tư máy dập thủy lực", period=NOW, location=NG),
    fig("lên 35.000 sản phẩm", "35.000", 35000, "measure", "sản phẩm/tháng", status="forecast",
        subject="sản lượng", period=NOW, location=NG),
    fig("có 6 cơ sở", "6", 6, "count", "cơ sở",
        subject="cơ sở sản xuất nồi, xoong bằng nhôm, inox quy mô vừa và nhỏ"),
    fig("khoảng 76 tỷ", "76", 76e9, "money", "đồng", approx="about",
        subject="giá trị sản xuất", period=Y23),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Hải Dương): menu, headline, 'Cập nhật lúc 17:30, 22/05/2024', '(Video 02:35)', reporters, 'Bình luận (0)'.",
    "Cooperative passage in huyện Ninh Giang → location Ninh Giang; the province's 6 cơ sở and 76 tỷ → Hải Dương (districts listed after the count).",
    "Headline 'tăng doanh thu 22%' is a growth claim: percent figure, no change; in the body the same 22% is the change of 5,8 tỷ.",
    "'mỗi tháng xuất xưởng khoảng 25.000 sản phẩm' and 'nâng sản lượng lên 35.000 sản phẩm/tháng' are rates (measure, 'sản phẩm/tháng').",
    "'Trong đó, doanh thu từ bán hàng qua mạng đạt 1,1 tỷ đồng' after a sentence break → total 5,8 tỷ; 4-month period inherited.",
    "'gần hai chục hộ' = number word 20, approx nearly. 'năm nay' → 2024 (published). 'dự kiến' governs the clauses that follow → forecast.",
    "The price sentence names 'năm 2023' only for the OCOP certificate: the standing price has no period.",
    "Distractors: 17:30, 'Video 02:35', 'OCOP 4 sao', 'lần thứ 12', 'Tháng 6 tới', 'Bình luận (0)'.",
]

if __name__ == "__main__":
    write("p1513-8", TEXT, NOTES, FIGS, published="2024-05-22", location="Hải Dương")
