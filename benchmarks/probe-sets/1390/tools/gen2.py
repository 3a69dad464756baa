"""p1390-2: district portal (huyện Ninh Phước, Ninh Thuận): a household sheep model in xã Phước Thái, district herd 2023, plan 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NINH PHƯỚC - TỈNH NINH THUẬN
Trang chủ | Tin tức - Sự kiện | Kinh tế | Nông nghiệp - Nông thôn

Phước Thái: Làm giàu từ nuôi cừu trên vùng đất khô hạn
15/03/2024 - 08:30

Năm 2019, từ số vốn vay 50 triệu đồng, anh Đàng Văn Thịnh ở thôn Hoài Ni, xã Phước Thái bắt đầu nuôi ba chục con cừu cái giống Phan Rang. Đến nay, đàn cừu của gia đình anh đã tăng lên 210 con, trong đó có 120 con cái sinh sản.

Năm 2023, gia đình anh xuất bán khoảng 150 con cừu thịt với giá bình quân 82.000 đồng/kg hơi, sau khi trừ chi phí thu lãi trên 180 triệu đồng. Để cừu lớn nhanh, anh trồng thêm 1,5 ha cỏ VA06 và cỏ Mombasa, năng suất bình quân 180 tấn/ha/năm.

Theo ông Nguyễn Hữu Phúc, Trưởng phòng Nông nghiệp và PTNT huyện, năm 2023 tổng đàn cừu của huyện đạt 31.200 con, tăng 1.800 con so với năm 2022, đứng thứ hai toàn tỉnh sau huyện Thuận Nam. Toàn huyện có 860 hộ nuôi cừu, trong đó 12 hộ nuôi quy mô trang trại.

Năm 2024, huyện phấn đấu phát triển đàn cừu đạt 33.000 con; hỗ trợ 40 con cừu đực giống Dorper cho các hộ nghèo, cận nghèo ở các xã Phước Hữu, Phước Vinh và Phước Sơn với tổng kinh phí khoảng 720 triệu đồng.

Nguồn: Phòng Nông nghiệp và PTNT huyện Ninh Phước

Tin khác:
- Ninh Phước: Ra quân chiến dịch tiêm phòng đợt 1 năm 2024
- Xã An Hải tổ chức Hội nghị sơ kết 6 tháng thực hiện nhiệm vụ

ỦY BAN NHÂN DÂN HUYỆN NINH PHƯỚC
Địa chỉ: Khu phố 5, thị trấn Phước Dân, huyện Ninh Phước, tỉnh Ninh Thuận
Điện thoại: 0259.3864.236 - Email: ubndnp@ninhthuan.gov.vn
"""

Y19 = per("Năm 2019", "2019-01-01", "2019-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("vốn vay 50 triệu", "50", 50e6, "money", "đồng", subject="vốn vay", period=Y19),
    fig("nuôi ba chục con", "ba chục", 30, "count", "con", subject="cừu cái giống Phan Rang", period=Y19),
    fig("tăng lên 210 con", "210", 210, "count", "con", subject="đàn cừu của gia đình anh"),
    fig("có 120 con", "120", 120, "count", "con", total=210, subject="con cái sinh sản"),
    fig("khoảng 150 con", "150", 150, "count", "con", approx="about", subject="cừu thịt gia đình anh xuất bán",
        period=Y23),
    fig("bình quân 82.000", "82.000", 82000, "money", "đồng/kg", subject="giá bình quân cừu thịt", period=Y23),
    fig("trên 180 triệu", "180", 180e6, "money", "đồng", approx="over", subject="lãi sau khi trừ chi phí",
        period=Y23),
    fig("thêm 1,5 ha", "1,5", 1.5, "measure", "ha", subject="diện tích cỏ VA06 và cỏ Mombasa trồng thêm"),
    fig("quân 180 tấn", "180", 180, "measure", "tấn/ha/năm", subject="năng suất bình quân cỏ"),
    fig("đạt 31.200 con", "31.200", 31200, "count", "con", change=chg("increase", 1800, "con", "năm 2022"),
        subject="tổng đàn cừu của huyện", period=Y23b),
    fig("thứ hai toàn tỉnh", "hai", 2, "rank", "hạng", subject="tổng đàn cừu của huyện", period=Y23b),
    fig("có 860 hộ", "860", 860, "count", "hộ", subject="hộ nuôi cừu"),
    fig("đó 12 hộ", "12", 12, "count", "hộ", total=860, subject="hộ nuôi quy mô trang trại"),
    fig("đạt 33.000 con", "33.000", 33000, "count", "con", status="target", subject="đàn cừu", period=Y24),
    fig("hỗ trợ 40 con", "40", 40, "count", "con", status="target",
        subject="cừu đực giống Dorper hỗ trợ cho các hộ nghèo, cận nghèo", period=Y24),
    fig("khoảng 720 triệu", "720", 720e6, "money", "đồng", approx="about", status="target",
        subject="tổng kinh phí hỗ trợ cừu đực giống", period=Y24),
]

NOTES = [
    "District portal (huyện Ninh Phước): banner, menu, '15/03/2024 - 08:30' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Location Ninh Phước throughout (xã Phước Thái and the other communes lie in the district).",
    "Distractors: 08:30, 'cỏ VA06' (product with digits), 'đợt 1 năm 2024' and '6 tháng' in link titles, 'Khu phố 5', phone 0259.3864.236.",
    "'ba chục con' = 30 (number word). 'Năm 2019' governs both figures of its sentence. 'Đến nay' gives no period (as the shared gold).",
    "'trong đó có 120 con cái sinh sản' → total 210. 'tăng 1.800 con so với năm 2022' → change in con; 'đứng thứ hai toàn tỉnh' → rank 2, located in the district.",
    "'Toàn huyện có 860 hộ' is standing, no period. 'Năm 2024, huyện phấn đấu ...; hỗ trợ ...' → the ';' clause continues the target.",
    "'180 tấn/ha/năm' is a rate (measure); 'giá bình quân 82.000 đồng/kg hơi' → unit đồng/kg.",
]

if __name__ == "__main__":
    write("p1390-2", TEXT, NOTES, FIGS, published="2024-03-15", location="Ninh Phước")
