"""p731-2: huyện Vĩnh Tường district portal — snake village Vĩnh Sơn (2023)."""
from lib import F, P, Y, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĨNH TƯỜNG
Kinh tế - Nông nghiệp
Làng rắn Vĩnh Sơn thu gần 50 tỷ đồng trong năm 2023
Thứ Ba, 12/03/2024 - 15:20

Nằm ven Tỉnh lộ 304, xã Vĩnh Sơn hiện có 312 hộ nuôi rắn, chiếm khoảng 40% tổng số hộ toàn xã, với tổng đàn trên 150.000 con, chủ yếu là rắn hổ mang, rắn ráo trâu và rắn hổ trâu; quy mô bình quân 480 con/hộ.

Năm 2023, tổng doanh thu từ nuôi rắn của xã đạt gần 50 tỷ đồng, tăng 12% so với năm 2022; thu nhập bình quân đầu người đạt 68 triệu đồng/người/năm, cao nhất huyện.

Theo ông Nguyễn Văn Thắng, Chủ tịch UBND xã, giá rắn hổ mang thương phẩm hiện ở mức 650.000-700.000 đồng/kg, rắn ráo trâu 420.000 đồng/kg, rắn giống từ 80.000 đến 120.000 đồng/con. Mỗi năm, xã xuất bán khoảng 95 tấn rắn thịt và hơn 300.000 con rắn giống đi các tỉnh, thành phố.

Đến nay, 268/312 hộ đã được Hạt Kiểm lâm huyện hướng dẫn hoàn thiện hồ sơ và được cấp mã số cơ sở nuôi theo Nghị định số 06/2019/NĐ-CP; số hộ còn lại dự kiến được cấp mã số trong quý II/2024. Xã cũng đã thành lập Chi hội nuôi rắn với 65 hội viên và 3 tổ hợp tác.

Năm 2024, xã phấn đấu nâng tổng đàn lên 170.000 con, doanh thu đạt 55 tỷ đồng, xây dựng sản phẩm "Rượu rắn Vĩnh Sơn" đạt chuẩn OCOP 3 sao.

Mọi chi tiết xin liên hệ UBND xã Vĩnh Sơn, điện thoại 0211.3838.112.

Nguyễn Hải - Trung tâm VH,TT&TT huyện
"""

FIGS = [
    F("thu gần 50 tỷ đồng", "50", 50000000000, "money", "đồng", "doanh thu làng rắn Vĩnh Sơn", Y(2023),
      approx="nearly"),
    F("có 312 hộ", "312", 312, "count", "hộ", "hộ nuôi rắn", percent=40),
    F("trên 150.000 con", "150.000", 150000, "count", "con", "tổng đàn rắn", approx="over"),
    F("480 con/hộ", "480", 480, "measure", "con/hộ", "quy mô nuôi rắn bình quân"),
    F("đạt gần 50 tỷ đồng", "50", 50000000000, "money", "đồng", "tổng doanh thu từ nuôi rắn", Y(2023, "Năm 2023"),
      approx="nearly", change=CH("increase", 12, "%", "năm 2022")),
    F("68 triệu đồng/người/năm", "68", 68000000, "money", "đồng/người/năm", "thu nhập bình quân đầu người",
      Y(2023, "Năm 2023")),
    F("650.000-700.000", "650.000", 650000, "money", "đồng/kg", "giá rắn hổ mang thương phẩm", value_max=700000),
    F("rắn ráo trâu 420.000", "420.000", 420000, "money", "đồng/kg", "giá rắn ráo trâu"),
    F("từ 80.000 đến", "80.000", 80000, "money", "đồng/con", "giá rắn giống", value_max=120000),
    F("khoảng 95 tấn", "95", 95, "measure", "tấn", "rắn thịt xuất bán mỗi năm", approx="about"),
    F("hơn 300.000 con", "300.000", 300000, "count", "con", "rắn giống xuất bán mỗi năm", approx="over"),
    F("268/312 hộ", "268", 268, "count", "hộ", "hộ được cấp mã số cơ sở nuôi", P("Đến nay", None, "2024-03-12"),
      total=312),
    F("65 hội viên", "65", 65, "count", "hội viên", "hội viên Chi hội nuôi rắn"),
    F("3 tổ hợp tác", "3", 3, "count", "tổ hợp tác", "tổ hợp tác nuôi rắn"),
    F("lên 170.000 con", "170.000", 170000, "count", "con", "tổng đàn rắn", Y(2024, "Năm 2024"), status="target"),
    F("đạt 55 tỷ đồng", "55", 55000000000, "money", "đồng", "doanh thu", Y(2024, "Năm 2024"), status="target"),
    F("OCOP 3 sao", "3", 3, "measure", "sao", "hạng OCOP của sản phẩm Rượu rắn Vĩnh Sơn", Y(2024, "Năm 2024"),
      status="target", optional=True,
      note="an OCOP star class is a grade, close to a service level ('mức độ 3'): optional"),
]

COMMENTS = [
    "Cổng TTĐT huyện Vĩnh Tường: làng nuôi rắn xã Vĩnh Sơn, doanh thu năm 2023, giá rắn, cấp mã số cơ sở nuôi, kế hoạch 2024.",
    "District portal, dateline 'Thứ Ba, 12/03/2024 - 15:20', byline at the end. Every figure is the commune's, located at its",
    "district Vĩnh Tường (communes are not a location level in FIGURES.md).",
    "Not figures: Tỉnh lộ 304, Nghị định số 06/2019/NĐ-CP, quý II/2024 (forecast date, no number), phone 0211.3838.112.",
    "'chiếm khoảng 40% tổng số hộ' is the share of the 312 households. '268/312 hộ' → total 312. 'Đến nay' ends at the dateline.",
    "'hiện ở mức' and 'Mỗi năm' give no period.",
]

if __name__ == "__main__":
    emit("p731-2", TEXT, COMMENTS, FIGS, published="2024-03-12", location="Vĩnh Tường")
