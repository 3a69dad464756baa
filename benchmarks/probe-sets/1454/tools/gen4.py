"""p1454-4: ministry site (Bộ Công Thương): national market for kitchen electrical appliances."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Thị trường trong nước

Thị trường đồ điện gia dụng nhà bếp: hàng nội cạnh tranh với hàng nhập khẩu

22/05/2024 | 09:30 | Vụ Thị trường trong nước

Theo số liệu của Vụ Thị trường trong nước, quy mô thị trường đồ điện gia dụng nhà bếp của Việt Nam năm 2023 ước khoảng 2,7 tỷ USD, tăng 6% so với năm 2022. Hàng nhập khẩu hiện chiếm khoảng 60% thị phần, tập trung ở phân khúc bếp điện từ, lò vi sóng và nồi chiên không dầu.

4 tháng đầu năm 2024, kim ngạch nhập khẩu đồ điện gia dụng nhà bếp đạt 486 triệu USD, tăng 21,4% so với cùng kỳ. Trung Quốc vẫn là nguồn cung lớn nhất, chiếm 58% kim ngạch nhập khẩu, tiếp đến là Thái Lan (14%) và Malaysia (9%).

Trong nước, cả nước hiện có khoảng 150 doanh nghiệp sản xuất, lắp ráp đồ điện gia dụng, tập trung tại Hà Nội, Hưng Yên, Bắc Ninh và Bình Dương. Các thương hiệu Việt đã chiếm lĩnh phân khúc nồi cơm điện với hơn 70% thị phần; tỷ lệ nội địa hóa bình quân đạt 35-40%.

Theo khảo sát tại 12 tỉnh, thành phố, giá bán lẻ nồi cơm điện sản xuất trong nước phổ biến từ 400.000 đến 2,5 triệu đồng/chiếc, thấp hơn 15-25% so với sản phẩm nhập khẩu cùng loại. Việt Nam hiện đứng thứ 3 Đông Nam Á về quy mô tiêu thụ đồ điện gia dụng, sau Indonesia và Thái Lan.

Để hỗ trợ doanh nghiệp, Bộ Công Thương triển khai Chương trình phát triển công nghiệp hỗ trợ theo Quyết định số 68/QĐ-TTg, mục tiêu đến năm 2030 tỷ lệ nội địa hóa sản phẩm điện gia dụng đạt 50%, doanh nghiệp trong nước đáp ứng ít nhất 70% nhu cầu linh kiện. Năm 2024, Bộ dự kiến tổ chức 8 hội chợ, phiên chợ hàng Việt có gian hàng đồ gia dụng.

Bản quyền thuộc Bộ Công Thương. Giấy phép số 47/GP-TTĐT
Địa chỉ: 54 Hai Bà Trưng, quận Hoàn Kiếm, Hà Nội | Điện thoại: 024.2220.2108
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
M4 = per("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
T30 = per("đến năm 2030", None, "2030-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("khoảng 2,7 tỷ", "2,7", 2.7e9, "money", "USD", approx="about", status="estimate",
        change=chg("increase", 6, "%", "năm 2022"),
        subject="quy mô thị trường đồ điện gia dụng nhà bếp của Việt Nam", period=Y23),
    fig("khoảng 60% thị phần", "60", 60, "percent", "%", approx="about",
        subject="thị phần hàng nhập khẩu"),
    fig("đạt 486 triệu", "486", 486e6, "money", "USD", change=chg("increase", 21.4, "%", "cùng kỳ"),
        subject="kim ngạch nhập khẩu đồ điện gia dụng nhà bếp", period=M4),
    fig("chiếm 58%", "58", 58, "percent", "%", subject="tỷ trọng kim ngạch nhập khẩu từ Trung Quốc",
        period=inh(M4)),
    fig("Thái Lan (14%)", "14", 14, "percent", "%", subject="tỷ trọng kim ngạch nhập khẩu từ Thái Lan",
        period=inh(M4)),
    fig("Malaysia (9%)", "9", 9, "percent", "%", subject="tỷ trọng kim ngạch nhập khẩu từ Malaysia",
        period=inh(M4)),
    fig("khoảng 150 doanh nghiệp", "150", 150, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất, lắp ráp đồ điện gia dụng"),
    fig("hơn 70% thị phần", "70", 70, "percent", "%", approx="over",
        subject="thị phần nồi cơm điện của các thương hiệu Việt"),
    fig("đạt 35-40%", "35", 35, "percent", "%", value_max=40, subject="tỷ lệ nội địa hóa bình quân"),
    fig("tại 12 tỉnh", "12", 12, "count", "tỉnh, thành phố", subject="tỉnh, thành phố được khảo sát"),
    fig("từ 400.000 đến 2,5 triệu", "400.000", 400000, "money", "đồng/chiếc", value_max=2.5e6,
        change=chg("decrease", 15, "%", "sản phẩm nhập khẩu cùng loại"),
        subject="giá bán lẻ nồi cơm điện sản xuất trong nước"),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="quy mô tiêu thụ đồ điện gia dụng"),
    fig("đạt 50%", "50", 50, "percent", "%", status="target",
        subject="tỷ lệ nội địa hóa sản phẩm điện gia dụng", period=T30),
    fig("ít nhất 70%", "70", 70, "percent", "%", approx="at_least", status="target",
        subject="nhu cầu linh kiện doanh nghiệp trong nước đáp ứng", period=T30),
    fig("tổ chức 8 hội chợ", "8", 8, "count", "hội chợ", status="forecast",
        subject="hội chợ, phiên chợ hàng Việt có gian hàng đồ gia dụng Bộ tổ chức", period=Y24),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '22/05/2024 | 09:30 | Vụ Thị trường trong nước', copyright and address footer. Location Việt Nam throughout.",
    "Distractors: 09:30, Quyết định số 68/QĐ-TTg, Giấy phép số 47/GP-TTĐT, '54 Hai Bà Trưng', phone 024.2220.2108.",
    "'ước khoảng 2,7 tỷ USD' → estimate and about. 'Hàng nhập khẩu hiện chiếm khoảng 60% thị phần' is a percent figure (no base amount).",
    "Import shares by partner (Trung Quốc 58%, Thái Lan 14%, Malaysia 9%): partners are not places, location stays Việt Nam; periods inherited from '4 tháng đầu năm 2024'.",
    "'khoảng 150 doanh nghiệp ..., tập trung tại Hà Nội, Hưng Yên, ...' stays national (a list after a national count).",
    "'từ 400.000 đến 2,5 triệu đồng/chiếc, thấp hơn 15-25% so với ...' → price range with a change (decrease, first value 15).",
    "'đứng thứ 3 Đông Nam Á' rank of Việt Nam. 'mục tiêu đến năm 2030 ... 50%, ... ít nhất 70%' → targets with period end 2030; 'dự kiến tổ chức 8 hội chợ' → forecast.",
]

if __name__ == "__main__":
    write("p1454-4", TEXT, NOTES, FIGS, published="2024-05-22", location="Việt Nam")
