"""p1360-1: province portal (Cổng TTĐT tỉnh Hà Giang): adventure tourism in the first half of 2024, zipline over the Nho Quế."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ GIANG
Trang chủ > Tin tức - Sự kiện > Văn hóa - Du lịch

Du lịch mạo hiểm 6 tháng đón hơn 48 nghìn lượt khách

Cập nhật: 08/07/2024 15:12 | Lượt xem: 3.186

6 tháng đầu năm 2024, các điểm du lịch mạo hiểm trên địa bàn tỉnh đón 48.600 lượt khách, tăng 21,4% so với cùng kỳ năm 2023, bằng 56,5% kế hoạch năm; trong đó khách quốc tế đạt 17.250 lượt, chiếm 35,5%. Doanh thu từ các dịch vụ mạo hiểm ước đạt 38,7 tỷ đồng.

Tại huyện Mèo Vạc, tuyến đu dây zipline vượt hẻm Tu Sản trên sông Nho Quế dài 1.250 m, điểm cao nhất cách mặt sông khoảng 400 m. Từ tháng 3/2024 đến nay, tuyến đã phục vụ khoảng 9.400 lượt khách; giá vé 650.000 đồng/lượt đối với người lớn và 450.000 đồng/lượt đối với trẻ em. Dịch vụ chèo thuyền kayak trên sông Nho Quế có 3 doanh nghiệp và hai hợp tác xã tham gia với 64 thuyền.

Từ đầu năm đến nay, Sở Văn hóa, Thể thao và Du lịch đã kiểm tra 12 cơ sở kinh doanh dịch vụ du lịch mạo hiểm, yêu cầu 2 cơ sở tạm dừng hoạt động để thay thế thiết bị không bảo đảm an toàn.

Năm 2024, tỉnh phấn đấu đón 86.000 lượt khách du lịch mạo hiểm; mục tiêu đến năm 2025 có ít nhất 5 sản phẩm du lịch mạo hiểm đạt tiêu chuẩn an toàn theo Quyết định số 1124/QĐ-UBND.

Tin liên quan:
- Khai mạc Lễ hội Khèn Mông lần thứ VIII
- Quản Bạ: Ra mắt tuyến đi bộ Cổng Trời - Núi Đôi

CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ GIANG
Địa chỉ: Số 415 đường Nguyễn Trãi, phường Nguyễn Trãi, TP Hà Giang
Điện thoại: 0219.3860.222
"""

H6h = per("6 tháng", "2024-01-01", "2024-06-30")
H6 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
SINCE = per("Từ tháng 3/2024 đến nay", "2024-03-01", "2024-07-08")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-07-08")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
MV = "Mèo Vạc"

FIGS = [
    fig("hơn 48 nghìn", "48", 48000, "count", "lượt khách", approx="over",
        subject="lượt khách du lịch mạo hiểm", period=H6h),
    fig("đón 48.600 lượt", "48.600", 48600, "count", "lượt khách", percent=56.5,
        change=chg("increase", 21.4, "%", "cùng kỳ năm 2023"),
        subject="lượt khách các điểm du lịch mạo hiểm trên địa bàn tỉnh đón", period=H6),
    fig("đạt 17.250 lượt", "17.250", 17250, "count", "lượt", total=48600, percent=35.5,
        subject="khách quốc tế", period=H6),
    fig("ước đạt 38,7 tỷ", "38,7", 38.7e9, "money", "đồng", status="estimate",
        subject="doanh thu từ các dịch vụ mạo hiểm", period=inh(H6)),
    fig("dài 1.250 m", "1.250", 1250, "measure", "m",
        subject="chiều dài tuyến đu dây zipline vượt hẻm Tu Sản", location=MV),
    fig("khoảng 400 m", "400", 400, "measure", "m", approx="about",
        subject="độ cao điểm cao nhất của tuyến zipline so với mặt sông", location=MV),
    fig("khoảng 9.400 lượt", "9.400", 9400, "count", "lượt khách", approx="about",
        subject="lượt khách tuyến zipline đã phục vụ", period=SINCE, location=MV),
    fig("650.000 đồng/lượt", "650.000", 650000, "money", "đồng/lượt",
        subject="giá vé zipline đối với người lớn", location=MV),
    fig("450.000 đồng/lượt", "450.000", 450000, "money", "đồng/lượt",
        subject="giá vé zipline đối với trẻ em", location=MV),
    fig("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp",
        subject="doanh nghiệp tham gia dịch vụ chèo thuyền kayak trên sông Nho Quế", location=MV),
    fig("hai hợp tác xã", "hai", 2, "count", "hợp tác xã",
        subject="hợp tác xã tham gia dịch vụ chèo thuyền kayak", location=MV),
    fig("với 64 thuyền", "64", 64, "count", "thuyền",
        subject="thuyền kayak tham gia dịch vụ", location=MV),
    fig("kiểm tra 12 cơ sở", "12", 12, "count", "cơ sở",
        subject="cơ sở kinh doanh dịch vụ du lịch mạo hiểm được kiểm tra", period=YTD),
    fig("yêu cầu 2 cơ sở", "2", 2, "count", "cơ sở",
        subject="cơ sở bị yêu cầu tạm dừng hoạt động", period=YTD),
    fig("đón 86.000 lượt", "86.000", 86000, "count", "lượt khách", status="target",
        subject="lượt khách du lịch mạo hiểm", period=Y24),
    fig("ít nhất 5 sản phẩm", "5", 5, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm du lịch mạo hiểm đạt tiêu chuẩn an toàn", period=T25),
]

NOTES = [
    "Province portal (Hà Giang): breadcrumb, headline figure, 'Cập nhật: 08/07/2024 15:12 | Lượt xem: 3.186', related links, footer.",
    "Distractors: 15:12, 'Lượt xem: 3.186', 'tháng 3/2024' (a date), 'Quyết định số 1124/QĐ-UBND', 'lần thứ VIII', 'Núi Đôi' (a name),",
    "'Số 415', phone 0219.3860.222.",
    "Headline 'hơn 48 nghìn' = 48000, over; headline '6 tháng' takes 2024 (dateline). 17.250 is a part after 'trong đó' (total 48600)",
    "with 'chiếm 35,5%' as its share. The revenue sentence inherits '6 tháng đầu năm 2024' (not scored).",
    "The Mèo Vạc paragraph (zipline, kayak) → location Mèo Vạc. 'Từ tháng 3/2024 đến nay' runs to the dateline.",
    "Prices are standing prices (no period). 'phấn đấu' governs the 86.000 clause; 'mục tiêu đến năm 2025 ... ít nhất 5' → target, at_least.",
]

if __name__ == "__main__":
    write("p1360-1", TEXT, NOTES, FIGS, published="2024-07-08", location="Hà Giang")
