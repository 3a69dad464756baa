"""p1213-2: district portal (huyện Văn Yên, Yên Bái), veneer peeling workshops and one household."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN YÊN - TỈNH YÊN BÁI
Trang chủ / Kinh tế / Nông - Lâm nghiệp
Đăng ngày: 05/06/2023 | 15:05

Nghề bóc ván giúp nhiều hộ vươn lên khá giả

Hiện nay, trên địa bàn huyện có 187 xưởng bóc, sấy ván từ gỗ rừng trồng, tập trung tại các xã Đông Cuông, Mậu A, An Thịnh và Lâm Giang. Năm 2022, các xưởng tiêu thụ trên 320.000 tấn gỗ keo, bồ đề, sản xuất khoảng 145.000 m3 ván bóc, doanh thu ước đạt 360 tỷ đồng. Theo tính toán của phòng Nông nghiệp, bán ván bóc cho giá trị cao gấp 1,5 lần bán gỗ cây đứng.

5 tháng đầu năm 2023, do giá ván bóc xuất sang Trung Quốc giảm mạnh, có 23 xưởng phải tạm dừng hoạt động. Giá ván bóc loại A hiện chỉ còn 2,3 triệu đồng/m3, giảm 400.000 đồng/m3 so với cuối năm 2022.

Gia đình anh Hoàng Văn Thắng ở thôn 5, xã Đông Cuông là một trong những hộ làm nghề sớm nhất. Xưởng của anh có 2 máy bóc và một lò sấy, tạo việc làm thường xuyên cho 12 lao động với mức lương 6,5 triệu đồng/người/tháng. Mỗi ngày xưởng bóc khoảng 25 m3 gỗ; trừ chi phí, gia đình anh lãi trên 400 triệu đồng/năm.

Theo UBND huyện, giai đoạn 2021-2025 huyện phấn đấu thu hút thêm 2 nhà máy sản xuất gỗ dán, ván ép công nghiệp; đến năm 2025 có ít nhất 70% sản lượng ván bóc được chế biến sâu ngay trên địa bàn. Năm 2023, huyện dự kiến trồng mới 2.800 ha rừng, trong đó khoảng 1.500 ha rừng gỗ lớn.

Hoàng Lan (Trung tâm Văn hóa - Truyền thông huyện)

UBND huyện Văn Yên - Tổ dân phố số 4, thị trấn Mậu A, huyện Văn Yên, tỉnh Yên Bái
Điện thoại: 0216.3833.261
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    fig("có 187 xưởng", "187", 187, "count", "xưởng", subject="xưởng bóc, sấy ván từ gỗ rừng trồng"),
    fig("trên 320.000 tấn", "320.000", 320000, "measure", "tấn", approx="over",
        subject="gỗ keo, bồ đề các xưởng tiêu thụ", period=Y22),
    fig("khoảng 145.000 m3", "145.000", 145000, "measure", "m3", approx="about",
        subject="ván bóc sản xuất", period=Y22),
    fig("ước đạt 360 tỷ đồng", "360", 360e9, "money", "đồng", status="estimate",
        subject="doanh thu của các xưởng bóc ván", period=Y22),
    fig("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần",
        subject="giá trị bán ván bóc so với bán gỗ cây đứng"),
    fig("có 23 xưởng", "23", 23, "count", "xưởng", subject="xưởng phải tạm dừng hoạt động",
        period=per("5 tháng đầu năm 2023", "2023-01-01", "2023-05-31")),
    fig("còn 2,3 triệu", "2,3", 2.3e6, "money", "đồng/m3",
        change=chg("decrease", 400000, "đồng/m3", "cuối năm 2022"), subject="giá ván bóc loại A"),
    fig("có 2 máy bóc", "2", 2, "count", "máy bóc", subject="máy bóc của xưởng anh"),
    fig("và một lò sấy", "một", 1, "count", "lò sấy", subject="lò sấy của xưởng anh"),
    fig("cho 12 lao động", "12", 12, "count", "lao động", subject="lao động có việc làm thường xuyên tại xưởng anh"),
    fig("lương 6,5 triệu", "6,5", 6.5e6, "money", "đồng/người/tháng", subject="mức lương lao động tại xưởng"),
    fig("khoảng 25 m3", "25", 25, "measure", "m3", approx="about", subject="gỗ xưởng bóc mỗi ngày"),
    fig("trên 400 triệu", "400", 400e6, "money", "đồng/năm", approx="over",
        subject="lãi của gia đình anh"),
    fig("thêm 2 nhà máy", "2", 2, "count", "nhà máy", status="target",
        subject="nhà máy sản xuất gỗ dán, ván ép công nghiệp thu hút thêm",
        period=per("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    fig("ít nhất 70%", "70", 70, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ sản lượng ván bóc được chế biến sâu ngay trên địa bàn",
        period=per("đến năm 2025", None, "2025-12-31")),
    fig("mới 2.800 ha", "2.800", 2800, "measure", "ha", status="forecast",
        subject="diện tích rừng trồng mới", period=Y23),
    fig("khoảng 1.500 ha", "1.500", 1500, "measure", "ha", approx="about", total=2800, status="forecast",
        subject="diện tích rừng gỗ lớn trồng mới", period=Y23),
]

NOTES = [
    "revised after the first run: household subjects use the sentence's words ('xưởng anh', 'gia đình anh'), not the resolved name.",
    "District portal (huyện Văn Yên, Yên Bái): 'Đăng ngày: 05/06/2023 | 15:05' (published); default location the district.",
    "Household passage in xã Đông Cuông (a commune: the figure's place stays the district Văn Yên). 'một lò sấy' is a number word;",
    "'một trong những hộ' is not a figure. 'gấp 1,5 lần' with no base amount is a multiple. Current price ('hiện') has no period.",
    "Distractors: 'thôn 5', 'Tổ dân phố số 4', phone, '15:05', 'giai đoạn 2021-2025' as a period.",
]

if __name__ == "__main__":
    write("p1213-2", TEXT, NOTES, FIGS, published="2023-06-05", location="Văn Yên")
