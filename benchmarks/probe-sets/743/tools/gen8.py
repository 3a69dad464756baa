from lib import *

TEXT = """Cổng thông tin điện tử thị xã Đông Triều
Tin tức - Sự kiện › Kinh tế
Ngày cập nhật 24/09/2024

Thị xã Đông Triều tiêu thụ hơn 5.000 tấn na dai vụ năm 2024

Theo Phòng Kinh tế thị xã, vụ na năm 2024 toàn thị xã có 582 ha na cho thu hoạch trên tổng số 640 ha; sản lượng ước đạt 5.350 tấn, tăng 9,2% so với vụ năm 2023. Các xã có diện tích lớn là An Sinh, Bình Khê, Tràng Lương, Việt Dân.

Giá na dai bình quân đạt 40.000 đồng/kg, na bở 22.000 đồng/kg; doanh thu từ na ước đạt 198 tỷ đồng. Bình quân mỗi ha na cho thu nhập khoảng 340 triệu đồng.

Trong quý III, thị xã phối hợp với Bưu điện tỉnh Quảng Ninh đưa 126 hộ trồng na lên sàn thương mại điện tử Postmart, Voso; tiêu thụ được 312 tấn, tương đương 13,5 tỷ đồng. 9 tháng năm 2024, các hợp tác xã đã ký 7 hợp đồng bao tiêu với 4 doanh nghiệp tại Hà Nội, Hải Phòng, tổng sản lượng theo hợp đồng 1.150 tấn, chiếm 21,5% sản lượng.

Sản phẩm "Na dai Đông Triều" được cấp Giấy chứng nhận nhãn hiệu tập thể theo Quyết định số 23457/QĐ-SHTT năm 2017; đến nay có 4 hợp tác xã với 138 thành viên sử dụng nhãn hiệu; 3 sản phẩm na đạt OCOP 4 sao.

Năm 2025, thị xã phấn đấu 100% diện tích na áp dụng quy trình VietGAP hoặc hữu cơ, thu nhập đạt 350 triệu đồng/ha.

Lễ hội Na Đông Triều lần thứ V dự kiến tổ chức ngày 5/7/2025 tại Quảng trường trung tâm thị xã, số 1 đường Hoàng Quốc Việt.
Hotline: 0203.3870.227
"""

VU = per("vụ năm 2024", "2024-01-01", "2024-12-31")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
NAY = per("đến nay", None, "2024-09-24")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("hơn 5.000 tấn", "5.000", 5000, "measure", "tấn", "na dai tiêu thụ", VU, approx="over"),
    fig("có 582 ha", "582", 582, "measure", "ha", "diện tích na cho thu hoạch", VU, total=640),
    fig("ước đạt 5.350 tấn", "5.350", 5350, "measure", "tấn", "sản lượng na", VU, status="estimate",
        change=chg("increase", 9.2, "%", "vụ năm 2023")),
    fig("đạt 40.000 đồng/kg", "40.000", 40000, "money", "đồng/kg", "giá na dai bình quân", inh(VU)),
    fig("na bở 22.000 đồng/kg", "22.000", 22000, "money", "đồng/kg", "giá na bở bình quân", inh(VU)),
    fig("ước đạt 198 tỷ đồng", "198", 198e9, "money", "đồng", "doanh thu từ na", inh(VU), status="estimate"),
    fig("khoảng 340 triệu đồng", "340", 340e6, "money", "đồng/ha", "thu nhập bình quân mỗi ha na", approx="about"),
    fig("đưa 126 hộ", "126", 126, "count", "hộ", "hộ trồng na đưa lên sàn thương mại điện tử", Q3),
    fig("được 312 tấn", "312", 312, "measure", "tấn", "na tiêu thụ qua sàn thương mại điện tử", Q3),
    fig("tương đương 13,5 tỷ đồng", "13,5", 13.5e9, "money", "đồng", "giá trị na tiêu thụ qua sàn thương mại điện tử", Q3),
    fig("ký 7 hợp đồng", "7", 7, "count", "hợp đồng", "hợp đồng bao tiêu na", M9),
    fig("với 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", "doanh nghiệp ký hợp đồng bao tiêu na", M9),
    fig("hợp đồng 1.150 tấn", "1.150", 1150, "measure", "tấn", "sản lượng na theo hợp đồng bao tiêu", M9, percent=21.5),
    fig("có 4 hợp tác xã", "4", 4, "count", "hợp tác xã", "hợp tác xã sử dụng nhãn hiệu tập thể Na dai Đông Triều", NAY),
    fig("138 thành viên", "138", 138, "count", "thành viên", "thành viên sử dụng nhãn hiệu tập thể Na dai Đông Triều", NAY),
    fig("3 sản phẩm na", "3", 3, "count", "sản phẩm", "sản phẩm na đạt OCOP 4 sao", NAY),
    fig("phấn đấu 100%", "100", 100, "percent", "%", "diện tích na áp dụng quy trình VietGAP hoặc hữu cơ", Y25,
        status="target"),
    fig("đạt 350 triệu đồng/ha", "350", 350e6, "money", "đồng/ha", "thu nhập từ na", Y25, status="target"),
]

COMMENTS = [
    "Đông Triều town portal (Quảng Ninh), 'Ngày cập nhật 24/09/2024': na dai season 2024, prices, e-commerce in Q3, contracts,",
    "collective mark, 2025 targets. Location Đông Triều throughout (Hà Nội, Hải Phòng are where the partner enterprises sit).",
    "'trên tổng số 640 ha' is the total of 582 ha, not a figure. 'tương đương 13,5 tỷ đồng' is an equivalent amount: its own",
    "money figure (as h01 / p469). 'đến nay' ends at the dateline. 'vụ năm 2024' read as year 2024.",
    "Distractors: Quyết định số 23457/QĐ-SHTT năm 2017; 'OCOP 4 sao'; 'lần thứ V'; ngày 5/7/2025; số 1 đường Hoàng Quốc Việt;",
    "Hotline 0203.3870.227.",
]

if __name__ == "__main__":
    emit("p743-8", TEXT, COMMENTS, FIGS, published="2024-09-24", location="Đông Triều")
