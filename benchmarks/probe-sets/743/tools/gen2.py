from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VÕ NHAI - TỈNH THÁI NGUYÊN
Trang chủ / Tin tức / Kinh tế - Nông nghiệp
Thứ Năm, 15/08/2024 - 09:20

Võ Nhai: Na vào vụ, giá bán từ 35.000 đến 70.000 đồng/kg

Những ngày giữa tháng 8, các vườn na trên địa bàn huyện bước vào chính vụ thu hoạch. Theo Phòng Nông nghiệp và PTNT huyện, năm 2024 toàn huyện có 1.068 ha na, tăng 42 ha so với năm 2023, trong đó diện tích cho thu hoạch 952 ha. Na được trồng nhiều nhất tại các xã La Hiên, Cúc Đường, Tràng Xá, Liên Minh dọc Quốc lộ 1B. Năng suất ước đạt 110 tạ/ha, sản lượng ước đạt 10.470 tấn, giá trị ước đạt gần 480 tỷ đồng.

Giá na loại 1 bán tại vườn từ 55.000 đến 70.000 đồng/kg, cao hơn cùng kỳ năm 2023 khoảng 5.000 đồng/kg; na loại 2 từ 35.000 đến 45.000 đồng/kg. Từ đầu vụ đến ngày 14/8, thông qua các sàn thương mại điện tử và trang mạng xã hội của hợp tác xã, các hộ đã bán được hơn 150 tấn na, doanh thu trên 9 tỷ đồng.

Hiện nay, huyện có 9 hợp tác xã và 15 tổ hợp tác trồng, tiêu thụ na với tổng số 412 thành viên. Nhãn hiệu tập thể "Na La Hiên" được cấp theo Quyết định số 1892/QĐ-SHTT năm 2019; 124 ha na được cấp chứng nhận VietGAP; 2 sản phẩm na đạt chuẩn OCOP 3 sao.

Huyện đặt mục tiêu đến năm 2025 nâng diện tích na lên 1.200 ha, trong đó diện tích đạt chứng nhận VietGAP là 300 ha; thu nhập bình quân đạt 450 triệu đồng/ha/năm.

Mọi thông tin xin liên hệ: Phòng Nông nghiệp và PTNT huyện Võ Nhai, tổ dân phố Thái An, thị trấn Đình Cả. Điện thoại: 0208.3827.108.

Hoàng Lan - Trung tâm VH-TT&TT huyện
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
T148 = per("Từ đầu vụ đến ngày 14/8", None, "2024-08-14")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("từ 35.000 đến 70.000 đồng/kg", "35.000", 35000, "money", "đồng/kg", "giá bán na", value_max=70000),
    fig("có 1.068 ha na", "1.068", 1068, "measure", "ha", "diện tích na", Y24,
        change=chg("increase", 42, "ha", "năm 2023")),
    fig("cho thu hoạch 952 ha", "952", 952, "measure", "ha", "diện tích na cho thu hoạch", Y24, total=1068),
    fig("ước đạt 110 tạ/ha", "110", 110, "measure", "tạ/ha", "năng suất na", inh(Y24), status="estimate"),
    fig("ước đạt 10.470 tấn", "10.470", 10470, "measure", "tấn", "sản lượng na", inh(Y24), status="estimate"),
    fig("gần 480 tỷ đồng", "480", 480e9, "money", "đồng", "giá trị sản xuất na", inh(Y24),
        approx="nearly", status="estimate"),
    fig("từ 55.000 đến 70.000 đồng/kg", "55.000", 55000, "money", "đồng/kg", "giá na loại 1 bán tại vườn",
        value_max=70000, change=chg("increase", 5000, "đồng/kg", "cùng kỳ năm 2023", approx="about")),
    fig("từ 35.000 đến 45.000 đồng/kg", "35.000", 35000, "money", "đồng/kg", "giá na loại 2 bán tại vườn",
        value_max=45000),
    fig("hơn 150 tấn na", "150", 150, "measure", "tấn", "na bán qua sàn thương mại điện tử và mạng xã hội", T148,
        approx="over"),
    fig("trên 9 tỷ đồng", "9", 9e9, "money", "đồng", "doanh thu bán na qua sàn thương mại điện tử và mạng xã hội", T148,
        approx="over"),
    fig("có 9 hợp tác xã", "9", 9, "count", "hợp tác xã", "hợp tác xã trồng, tiêu thụ na"),
    fig("và 15 tổ hợp tác", "15", 15, "count", "tổ hợp tác", "tổ hợp tác trồng, tiêu thụ na"),
    fig("412 thành viên", "412", 412, "count", "thành viên", "thành viên hợp tác xã, tổ hợp tác trồng, tiêu thụ na"),
    fig("124 ha na", "124", 124, "measure", "ha", "diện tích na được cấp chứng nhận VietGAP"),
    fig("2 sản phẩm na", "2", 2, "count", "sản phẩm", "sản phẩm na đạt chuẩn OCOP"),
    fig("lên 1.200 ha", "1.200", 1200, "measure", "ha", "diện tích na", T25, status="target"),
    fig("VietGAP là 300 ha", "300", 300, "measure", "ha", "diện tích na đạt chứng nhận VietGAP", T25,
        total=1200, status="target"),
    fig("450 triệu đồng/ha/năm", "450", 450e6, "money", "đồng/ha/năm", "thu nhập bình quân từ na", T25, status="target"),
]

COMMENTS = [
    "Võ Nhai district portal (Thái Nguyên): na season 2024, prices, e-commerce sales, cooperatives, 2025 targets. Byline at the end.",
    "Distractors: Quốc lộ 1B; Quyết định số 1892/QĐ-SHTT năm 2019; 'loại 1', 'loại 2' (grades); 'OCOP 3 sao' (star rating, like 'mức độ 3');",
    "phone 0208.3827.108; 'giữa tháng 8'; 'đến ngày 14/8' (as-of, year from the dateline).",
    "The price change 'cao hơn cùng kỳ năm 2023 khoảng 5.000 đồng/kg' is the change of the na loại 1 price range.",
    "Hiện nay / no period phrase: period left null (unscored). District portal: location Võ Nhai.",
]

if __name__ == "__main__":
    emit("p743-2", TEXT, COMMENTS, FIGS, published="2024-08-15", location="Võ Nhai")
