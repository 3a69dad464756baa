"""p485-4: ministry site (Bộ NN&PTNT) — national reservoir inventory, damaged reservoirs, repair capital, WB8."""
from lib import F, P, I, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ › Tin tức › Thủy lợi

Cả nước còn hơn 1.200 hồ chứa thủy lợi hư hỏng, xuống cấp

Ngày đăng: 05/09/2024 | Lượt xem: 2.106

Theo Cục Quản lý công trình thủy lợi và an toàn đập, cả nước hiện có 7.315 hồ chứa thủy lợi với tổng dung tích trữ khoảng 15,1 tỷ m3; trong đó có 206 hồ chứa lớn, 575 hồ chứa vừa và 6.534 hồ chứa nhỏ. Nghệ An là địa phương có nhiều hồ chứa nhất cả nước (1.061 hồ), Thanh Hóa đứng thứ 2 (610 hồ), tiếp đến là Hòa Bình (521 hồ) và Tuyên Quang (503 hồ).

Kết quả rà soát năm 2024 cho thấy có 1.211 hồ chứa bị hư hỏng, xuống cấp, chiếm 16,6% tổng số hồ, tăng 87 hồ so với năm 2023. Đáng lo ngại, có tới 1.142 hồ chưa có quy trình vận hành được phê duyệt và khoảng 4.800 hồ chưa được cắm mốc chỉ giới phạm vi bảo vệ.

Giai đoạn 2021-2025, nhu cầu vốn để sửa chữa, nâng cấp hồ chứa khoảng 12.500 tỷ đồng nhưng mới bố trí được 5.120 tỷ đồng, đạt 41%. 6 tháng đầu năm 2024, cả nước xảy ra 7 sự cố hồ đập, giảm 4 sự cố so với cùng kỳ năm 2023.

Riêng Dự án Sửa chữa và nâng cao an toàn đập (WB8), với tổng vốn 443 triệu USD, đã sửa chữa 450 đập tại 34 tỉnh; tỷ lệ giải ngân đạt 92,3%.

Theo Nghị định số 114/2018/NĐ-CP về quản lý an toàn đập, hồ chứa nước, chủ sở hữu phải kiểm định an toàn đập định kỳ. Thông tin chi tiết xin liên hệ Cục, số 10 Nguyễn Công Hoan, Ba Đình, Hà Nội; điện thoại (024) 3733.5702.
"""

FIGS = [
    F("hơn 1.200 hồ chứa", "1.200", 1200, "count", "hồ chứa", "hồ chứa thủy lợi hư hỏng, xuống cấp", approx="over"),
    F("có 7.315 hồ chứa", "7.315", 7315, "count", "hồ chứa", "hồ chứa thủy lợi"),
    F("khoảng 15,1 tỷ m3", "15,1", 15.1e9, "measure", "m3", "tổng dung tích trữ", approx="about"),
    F("có 206 hồ chứa lớn", "206", 206, "count", "hồ chứa", "hồ chứa lớn", total=7315,
      note="'trong đó' follows the 15,1 tỷ m3, but the parts count reservoirs (206 + 575 + 6.534 = 7.315)"),
    F("575 hồ chứa vừa", "575", 575, "count", "hồ chứa", "hồ chứa vừa", total=7315),
    F("6.534 hồ chứa nhỏ", "6.534", 6534, "count", "hồ chứa", "hồ chứa nhỏ", total=7315),
    F("(1.061 hồ)", "1.061", 1061, "count", "hồ", "hồ chứa", location="Nghệ An"),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "số hồ chứa", location="Thanh Hóa"),
    F("(610 hồ)", "610", 610, "count", "hồ", "hồ chứa", location="Thanh Hóa"),
    F("(521 hồ)", "521", 521, "count", "hồ", "hồ chứa", location="Hòa Bình"),
    F("(503 hồ)", "503", 503, "count", "hồ", "hồ chứa", location="Tuyên Quang"),
    F("có 1.211 hồ chứa", "1.211", 1211, "count", "hồ chứa", "hồ chứa bị hư hỏng, xuống cấp",
      P("năm 2024", "2024-01-01", "2024-12-31"), percent=16.6, change=CH("increase", 87, "hồ", "năm 2023")),
    F("tới 1.142 hồ", "1.142", 1142, "count", "hồ", "hồ chưa có quy trình vận hành được phê duyệt"),
    F("khoảng 4.800 hồ", "4.800", 4800, "count", "hồ", "hồ chưa được cắm mốc chỉ giới phạm vi bảo vệ", approx="about"),
    F("khoảng 12.500 tỷ đồng", "12.500", 12.5e12, "money", "đồng", "nhu cầu vốn để sửa chữa, nâng cấp hồ chứa",
      P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), approx="about"),
    F("được 5.120 tỷ đồng", "5.120", 5.12e12, "money", "đồng", "vốn bố trí để sửa chữa, nâng cấp hồ chứa",
      P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), percent=41),
    F("xảy ra 7 sự cố", "7", 7, "count", "sự cố", "sự cố hồ đập",
      P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"), change=CH("decrease", 4, "sự cố", "cùng kỳ năm 2023")),
    F("443 triệu USD", "443", 443e6, "money", "USD", "tổng vốn Dự án Sửa chữa và nâng cao an toàn đập (WB8)"),
    F("sửa chữa 450 đập", "450", 450, "count", "đập", "đập được sửa chữa (Dự án WB8)"),
    F("tại 34 tỉnh", "34", 34, "count", "tỉnh", "tỉnh có đập được sửa chữa (Dự án WB8)"),
    F("đạt 92,3%", "92,3", 92.3, "percent", "%", "tỷ lệ giải ngân Dự án WB8"),
]

emit("p485-4", TEXT, [
    "Ministry site (Bộ NN&PTNT), breadcrumb, 'Ngày đăng: 05/09/2024 | Lượt xem: 2.106': national reservoir inventory, damaged reservoirs,",
    "repair capital 2021-2025, dam incidents H1/2024, WB8 project. National figures: location Việt Nam; provinces in the list go to location.",
    "Distractors: view counter, '(WB8)', Nghị định số 114/2018/NĐ-CP, số 10 Nguyễn Công Hoan, phone (024) 3733.5702.",
    "'đứng thứ 2' is a rank (hạng) for Thanh Hóa; '5.120 tỷ đồng, đạt 41%' → percent 41; '12.500' and '5.120' both lie in 'Giai đoạn 2021-2025'.",
    "1.211 reservoirs: 'chiếm 16,6% tổng số hồ' is its percent, 'tăng 87 hồ so với năm 2023' its change (no total: 'tổng số hồ' gives no number).",
], FIGS, published="2024-09-05", location="Việt Nam")
