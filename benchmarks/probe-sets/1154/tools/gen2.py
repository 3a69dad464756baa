"""p1154-2: district portal (huyện Tam Đảo, Vĩnh Phúc): medicinal mushroom households, a cooperative in xã Đại Đình."""
from lib import F, P, I, C, T, write

TEXT = """UBND HUYỆN TAM ĐẢO - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ | Tin tức - Sự kiện | Kinh tế | Nông nghiệp

Nuôi trồng nấm dược liệu mở hướng làm giàu ở vùng núi Tam Đảo

Ngày đăng: 03/10/2023 | 15:42

Những năm gần đây, nhiều hộ dân ở các xã Đại Đình, Tam Quan và Hồ Sơn đã chuyển từ trồng rau sang nuôi trồng nấm linh chi, đông trùng hạ thảo. Đến hết tháng 9/2023, toàn huyện có 36 hộ và 4 hợp tác xã nuôi trồng nấm dược liệu, tăng 11 hộ so với năm 2022.

9 tháng đầu năm, các cơ sở đã nuôi trồng khoảng 85.000 bịch nấm linh chi, thu hoạch 6,8 tấn nấm tươi; sản lượng đông trùng hạ thảo đạt 320 kg khô, tăng gần 1,5 lần so với cùng kỳ. Riêng quý III, sản lượng nấm linh chi tươi đạt 2,1 tấn.

Tiêu biểu là Hợp tác xã Nấm dược liệu Đại Đình (thôn Sơn Thanh, xã Đại Đình) do anh Nguyễn Văn Tuấn làm giám đốc. Hợp tác xã có 12 thành viên, xây dựng hai nhà nuôi cấy với tổng diện tích 600 m². Mỗi năm hợp tác xã cung cấp ra thị trường hơn 100 kg đông trùng hạ thảo và 2 tấn nấm linh chi, doanh thu khoảng 3,2 tỷ đồng, lợi nhuận trên 900 triệu đồng. Giá bán tại vườn là 15 triệu đồng/kg đông trùng hạ thảo khô và 400.000 đồng/kg linh chi khô.

Năm 2024, huyện phấn đấu phát triển thêm 15 hộ nuôi trồng nấm dược liệu, xây dựng ít nhất 2 sản phẩm OCOP. Theo Nghị quyết số 08/2021/NQ-HĐND của HĐND tỉnh, hộ mới được hỗ trợ 50% kinh phí mua giống, tối đa 30 triệu đồng/hộ.

Phòng Nông nghiệp và PTNT huyện - Điện thoại: 0211.3824.156
"""

ASOF = P("Đến hết tháng 9/2023", None, "2023-09-30")
M9 = P("9 tháng đầu năm", "2023-01-01", "2023-09-30")
Q3 = P("quý III", "2023-07-01", "2023-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
HTX = "Hợp tác xã Nấm dược liệu Đại Đình"

FIGS = [
    F("có 36 hộ", "36", 36, "count", "hộ", change=C("increase", 11, "hộ", "năm 2022"),
      subject="hộ nuôi trồng nấm dược liệu", period=ASOF),
    F("và 4 hợp tác xã", "4", 4, "count", "hợp tác xã",
      subject="hợp tác xã nuôi trồng nấm dược liệu", period=ASOF),
    F("khoảng 85.000 bịch", "85.000", 85000, "count", "bịch", approx="about",
      subject="bịch nấm linh chi nuôi trồng", period=M9),
    F("thu hoạch 6,8 tấn", "6,8", 6.8, "measure", "tấn", subject="nấm linh chi tươi thu hoạch", period=M9),
    F("đạt 320 kg", "320", 320, "measure", "kg",
      change=C("increase", 1.5, "lần", "cùng kỳ", approx="nearly"),
      subject="sản lượng đông trùng hạ thảo khô", period=M9),
    F("đạt 2,1 tấn", "2,1", 2.1, "measure", "tấn", subject="sản lượng nấm linh chi tươi", period=Q3),
    F("có 12 thành viên", "12", 12, "count", "thành viên", subject=f"thành viên {HTX}"),
    F("hai nhà nuôi cấy", "hai", 2, "count", "nhà nuôi cấy", subject="nhà nuôi cấy xây dựng"),
    F("diện tích 600 m²", "600", 600, "measure", "m²", subject="tổng diện tích nhà nuôi cấy"),
    F("hơn 100 kg", "100", 100, "measure", "kg", approx="over",
      subject="đông trùng hạ thảo cung cấp ra thị trường mỗi năm"),
    F("và 2 tấn", "2", 2, "measure", "tấn", subject="nấm linh chi cung cấp ra thị trường mỗi năm"),
    F("khoảng 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", approx="about", subject="doanh thu của hợp tác xã mỗi năm"),
    F("trên 900 triệu", "900", 900e6, "money", "đồng", approx="over", subject="lợi nhuận của hợp tác xã mỗi năm"),
    F("là 15 triệu", "15", 15e6, "money", "đồng/kg", subject="giá bán đông trùng hạ thảo khô tại vườn"),
    F("và 400.000 đồng/kg", "400.000", 400000, "money", "đồng/kg", subject="giá bán linh chi khô tại vườn"),
    F("thêm 15 hộ", "15", 15, "count", "hộ", status="target",
      subject="hộ nuôi trồng nấm dược liệu phát triển thêm", period=Y24),
    F("ít nhất 2 sản phẩm", "2", 2, "count", "sản phẩm", approx="at_least", status="target",
      subject="sản phẩm OCOP xây dựng", period=Y24),
    F("hỗ trợ 50%", "50", 50, "percent", "%", subject="kinh phí mua giống được hỗ trợ cho hộ mới"),
    F("tối đa 30 triệu", "30", 30e6, "money", "đồng/hộ", approx="at_most",
      subject="mức hỗ trợ kinh phí mua giống"),
]

NOTES = [
    "District portal (huyện Tam Đảo, Vĩnh Phúc): 'Ngày đăng: 03/10/2023 | 15:42' (published). Location: the district.",
    "Distractors: time 15:42, 'tháng 9/2023' as-of date, 'Nghị quyết số 08/2021/NQ-HĐND', phone 0211.3824.156, 'thôn Sơn Thanh'.",
    "'tăng 11 hộ so với năm 2022' is the change of 36 hộ. 'tăng gần 1,5 lần so với cùng kỳ' is the change of 320 kg (nearly).",
    "'9 tháng đầu năm' and 'quý III' take 2023 from the as-of date before them. The cooperative lies in a commune of the",
    "district: location stays Tam Đảo. 'Mỗi năm' gives no period. The support rule (50%, tối đa 30 triệu) is actual, no period.",
]

if __name__ == "__main__":
    write("p1154-2", TEXT, NOTES, FIGS, published="2023-10-03", location="Tam Đảo")
