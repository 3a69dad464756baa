"""p902-4: ministry site (Bộ Công Thương), national exports of mây, tre, cói và thảm 2024."""
from lib import F, P, I, C, T, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Xuất nhập khẩu
Xuất khẩu mây, tre, cói và thảm năm 2024 tăng gần 20%
Ngày đăng: 16/01/2025 | Lượt xem: 1.204

Theo số liệu thống kê của Cục Xuất nhập khẩu (Bộ Công Thương), năm 2024 kim ngạch xuất khẩu nhóm hàng mây, tre, cói và thảm của Việt Nam đạt 938,5 triệu USD, tăng 19,6% so với năm 2023. Riêng tháng 12/2024, kim ngạch đạt 96,2 triệu USD, tăng 4,8% so với tháng trước và tăng 23,1% so với cùng kỳ.

Hoa Kỳ tiếp tục là thị trường lớn nhất với 312,4 triệu USD, chiếm 33,3% tổng kim ngạch; tiếp đến là Nhật Bản 138,7 triệu USD, Đức 64,2 triệu USD và Hàn Quốc 41,9 triệu USD. Xuất khẩu sang thị trường EU tăng mạnh 27,5%, trong khi thị trường Trung Quốc giảm 6,2%. Trong cơ cấu mặt hàng, sản phẩm mây tre đan (mã HS 4602) chiếm tỷ trọng lớn nhất, khoảng 61%.

Theo Hiệp hội Làng nghề Việt Nam, cả nước hiện có khoảng 5.400 làng nghề, trong đó gần 1.000 làng nghề mây tre đan, thu hút khoảng 350.000 lao động. Việt Nam hiện đứng thứ 3 thế giới về xuất khẩu hàng mây tre đan, sau Trung Quốc và Indonesia.

Bộ Công Thương dự báo năm 2025 xuất khẩu nhóm hàng có thể đạt khoảng 1,05 tỷ USD nhờ nhu cầu sản phẩm thân thiện môi trường tăng. Theo Quyết định số 1526/QĐ-TTg, đến năm 2030 kim ngạch xuất khẩu nhóm hàng phấn đấu đạt 1,5 tỷ USD, tỷ lệ sản phẩm sử dụng nguyên liệu có chứng chỉ bền vững đạt trên 30%.

Cục Xuất nhập khẩu - Bộ Công Thương
Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội. Điện thoại: 024.2220.2108
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T12 = P("tháng 12/2024", "2024-12-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
MK = "kim ngạch xuất khẩu mây, tre, cói và thảm sang thị trường"

FIGS = [
    F("tăng gần 20%", "20", 20, "percent", "%", "kim ngạch xuất khẩu mây, tre, cói và thảm", Y24, approx="nearly"),
    F("đạt 938,5 triệu USD", "938,5", 938.5e6, "money", "USD", "kim ngạch xuất khẩu nhóm hàng mây, tre, cói và thảm", Y24,
      change=C("increase", 19.6, baseline="năm 2023")),
    F("đạt 96,2 triệu USD", "96,2", 96.2e6, "money", "USD", "kim ngạch xuất khẩu mây, tre, cói và thảm", T12,
      change=C("increase", 4.8, baseline="tháng trước")),
    F("tăng 23,1%", "23,1", 23.1, "percent", "%", "kim ngạch xuất khẩu tháng 12/2024 so với cùng kỳ", T12, optional=True),
    F("với 312,4 triệu USD", "312,4", 312.4e6, "money", "USD", MK + " Hoa Kỳ", I(Y24), percent=33.3),
    F("Nhật Bản 138,7 triệu USD", "138,7", 138.7e6, "money", "USD", MK + " Nhật Bản", I(Y24)),
    F("Đức 64,2 triệu USD", "64,2", 64.2e6, "money", "USD", MK + " Đức", I(Y24)),
    F("Hàn Quốc 41,9 triệu USD", "41,9", 41.9e6, "money", "USD", MK + " Hàn Quốc", I(Y24)),
    F("tăng mạnh 27,5%", "27,5", 27.5, "percent", "%", "xuất khẩu sang thị trường EU", I(Y24)),
    F("giảm 6,2%", "6,2", 6.2, "percent", "%", "xuất khẩu sang thị trường Trung Quốc", I(Y24)),
    F("khoảng 61%", "61", 61, "percent", "%", "tỷ trọng sản phẩm mây tre đan (mã HS 4602) trong cơ cấu mặt hàng", I(Y24),
      approx="about"),
    F("khoảng 5.400 làng nghề", "5.400", 5400, "count", "làng nghề", "làng nghề cả nước", approx="about"),
    F("gần 1.000 làng nghề", "1.000", 1000, "count", "làng nghề", "làng nghề mây tre đan", approx="nearly", total=5400),
    F("khoảng 350.000 lao động", "350.000", 350000, "count", "lao động", "lao động làng nghề mây tre đan", approx="about"),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "xuất khẩu hàng mây tre đan thế giới"),
    F("khoảng 1,05 tỷ USD", "1,05", 1.05e9, "money", "USD", "xuất khẩu nhóm hàng mây, tre, cói và thảm", Y25, approx="about",
      status="forecast"),
    F("đạt 1,5 tỷ USD", "1,5", 1.5e9, "money", "USD", "kim ngạch xuất khẩu nhóm hàng", TO30, status="target"),
    F("đạt trên 30%", "30", 30, "percent", "%", "tỷ lệ sản phẩm sử dụng nguyên liệu có chứng chỉ bền vững", TO30,
      approx="over", status="target"),
]

NOTES = [
    "Bộ Công Thương (Cục Xuất nhập khẩu): national exports of mây, tre, cói và thảm 2024 ('Ngày đăng: 16/01/2025').",
    "All figures are Việt Nam; trade partners (Hoa Kỳ, Nhật Bản, Đức, Hàn Quốc, EU, Trung Quốc) are not places of a figure.",
    "The headline growth 'tăng gần 20%' and market growth rates with no base amount are percent figures without change.",
    "96,2 triệu USD carries its first change (4,8% vs tháng trước); the second '23,1% so với cùng kỳ' is optional.",
    "Market list items share the indicator 'kim ngạch xuất khẩu … sang thị trường'; their period 'năm 2024' is inherited.",
    "Distractors: Lượt xem 1.204, mã HS 4602, Quyết định số 1526/QĐ-TTg, 54 Hai Bà Trưng, phone 024.2220.2108.",
]

write(4, TEXT, FIGS, NOTES, published="2025-01-16", location="Việt Nam")
