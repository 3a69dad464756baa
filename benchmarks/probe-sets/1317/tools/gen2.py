"""p1317-2: district portal (huyện Tam Nông, Phú Thọ): announcement of the collective mark "Bưởi Tam Nông"."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TAM NÔNG - TỈNH PHÚ THỌ
Trang chủ | Tin tức - Sự kiện | Kinh tế | Văn bản

Công bố nhãn hiệu tập thể "Bưởi Tam Nông"

20/06/2024 - 10:30

Sáng 19/6, UBND huyện Tam Nông tổ chức hội nghị công bố Giấy chứng nhận đăng ký nhãn hiệu số 498765 cho nhãn hiệu tập thể "Bưởi Tam Nông", do Cục Sở hữu trí tuệ cấp ngày 28/5/2024 cho sản phẩm thuộc nhóm 31.

Nhãn hiệu do Hội Nông dân huyện làm chủ sở hữu, áp dụng cho vùng trồng bưởi rộng khoảng 350 ha tại 7 xã ven sông Hồng. Đợt đầu, hội đã trao quyền sử dụng nhãn hiệu cho 2 hợp tác xã và 46 hộ gia đình, với diện tích 118 ha.

Năm 2023, sản lượng bưởi toàn huyện đạt gần 4.200 tấn, giá bán bình quân từ 18.000 đến 25.000 đồng/quả, doanh thu ước khoảng 60 tỷ đồng. Theo ông Hà Văn Thụy, Chủ tịch Hội Nông dân huyện, sau khi có nhãn hiệu, giá bưởi loại 1 dự kiến tăng 10-15%.

Dự án xây dựng nhãn hiệu được thực hiện trong giai đoạn 2022-2023 với tổng kinh phí 320 triệu đồng, trong đó ngân sách tỉnh hỗ trợ 224 triệu đồng, chiếm 70%; phần còn lại do hội và các hộ đóng góp.

Hiện huyện Tam Nông có 5 nhãn hiệu tập thể được bảo hộ, gồm Bưởi Tam Nông, Cá lăng sông Thao, Rau an toàn Hương Nộn, Chè Dậu Dương và Mật ong Tam Nông. Năm nay, huyện phấn đấu có thêm ít nhất một nhãn hiệu chứng nhận và hai sản phẩm OCOP đạt 4 sao.

Nguồn: Phòng Nông nghiệp và PTNT huyện

Tin khác:
- Tam Nông ra quân làm giao thông nông thôn năm 2024
- Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 18

UBND HUYỆN TAM NÔNG
Địa chỉ: Khu 5, thị trấn Hưng Hóa, huyện Tam Nông, tỉnh Phú Thọ
Điện thoại: 0210.3794.123
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
GD = per("giai đoạn 2022-2023", "2022-01-01", "2023-12-31")
NAY = per("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("khoảng 350 ha", "350", 350, "measure", "ha", approx="about",
        subject="vùng trồng bưởi áp dụng nhãn hiệu"),
    fig("tại 7 xã", "7", 7, "count", "xã", subject="xã ven sông Hồng có vùng trồng bưởi"),
    fig("cho 2 hợp tác xã", "2", 2, "count", "hợp tác xã",
        subject="hợp tác xã được trao quyền sử dụng nhãn hiệu đợt đầu"),
    fig("46 hộ gia đình", "46", 46, "count", "hộ gia đình",
        subject="hộ gia đình được trao quyền sử dụng nhãn hiệu đợt đầu"),
    fig("diện tích 118 ha", "118", 118, "measure", "ha",
        subject="diện tích được trao quyền sử dụng nhãn hiệu"),
    fig("gần 4.200 tấn", "4.200", 4200, "measure", "tấn", approx="nearly",
        subject="sản lượng bưởi toàn huyện", period=Y23),
    fig("từ 18.000 đến 25.000", "18.000", 18000, "money", "đồng/quả", value_max=25000,
        subject="giá bán bình quân bưởi", period=Y23),
    fig("ước khoảng 60 tỷ", "60", 60e9, "money", "đồng", approx="about", status="estimate",
        subject="doanh thu từ bưởi", period=Y23),
    fig("tăng 10-15%", "10", 10, "percent", "%", value_max=15, status="forecast",
        subject="giá bưởi loại 1 sau khi có nhãn hiệu"),
    fig("kinh phí 320 triệu", "320", 320e6, "money", "đồng",
        subject="tổng kinh phí dự án xây dựng nhãn hiệu", period=GD),
    fig("hỗ trợ 224 triệu", "224", 224e6, "money", "đồng", total=320e6, percent=70,
        subject="ngân sách tỉnh hỗ trợ", period=GD),
    fig("có 5 nhãn hiệu", "5", 5, "count", "nhãn hiệu tập thể",
        subject="nhãn hiệu tập thể được bảo hộ của huyện"),
    fig("ít nhất một nhãn hiệu", "một", 1, "count", "nhãn hiệu chứng nhận", approx="at_least",
        status="target", subject="nhãn hiệu chứng nhận có thêm", period=NAY),
    fig("và hai sản phẩm", "hai", 2, "count", "sản phẩm OCOP", status="target",
        subject="sản phẩm OCOP đạt 4 sao", period=NAY),
]

NOTES = [
    "District portal (huyện Tam Nông, Phú Thọ): banner naming the district, menu, '20/06/2024 - 10:30' under the headline, 'Nguồn:', 'Tin khác', footer.",
    "Distractors: 'Sáng 19/6', certificate 'số 498765', 'ngày 28/5/2024', Nice class 'nhóm 31', 'loại 1' (a grade), '4 sao' (a rating),",
    "'lần thứ 18', 'Khu 5', phone 0210.3794.123, 'năm 2024' in a link title.",
    "Location: the district (Tam Nông) for every figure. 'Hiện' and the standing area/user counts give no period.",
    "'giá bưởi loại 1 dự kiến tăng 10-15%' is a growth rate as the claim (percent, forecast, range), no change object.",
    "224 triệu follows 'trong đó' after 320 triệu: total 320 triệu, percent 70. 'Năm nay' takes the dateline year 2024;",
    "'phấn đấu' governs both 'ít nhất một nhãn hiệu chứng nhận' and 'hai sản phẩm OCOP' (target).",
]

if __name__ == "__main__":
    write("p1317-2", TEXT, NOTES, FIGS, published="2024-06-20", location="Tam Nông")
