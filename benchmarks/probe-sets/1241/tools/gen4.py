"""p1241-4: ministry site (Bộ NN&PTNT), national lily area and bulb imports, 10 months 2023."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Trồng trọt

Nhập khẩu củ giống hoa ly tăng mạnh, cần chủ động nguồn giống trong nước

Ngày đăng: 14/11/2023 | Lượt xem: 1.102

Theo Cục Trồng trọt, cả nước hiện có khoảng 2.300 ha hoa ly, chiếm gần 7% diện tích hoa. Ba địa phương có diện tích hoa ly lớn nhất là Lâm Đồng, Hà Nội và Sơn La với lần lượt 449 ha, 190 ha và 52 ha.

Sản xuất hoa ly trong nước gần như phụ thuộc hoàn toàn vào củ giống nhập khẩu. Năm 2022, cả nước nhập khẩu khoảng 128 triệu củ giống hoa ly, trị giá hơn 38 triệu USD; trong đó nhập từ Hà Lan chiếm trên 80%. Riêng 10 tháng năm 2023, lượng củ giống nhập khẩu ước đạt 104,5 triệu củ, tăng 7,8% so với cùng kỳ năm 2022. Việt Nam hiện đứng thứ 3 châu Á về nhập khẩu củ giống hoa ly từ Hà Lan, sau Trung Quốc và Nhật Bản.

Trong 10 tháng, Cục Bảo vệ thực vật đã cấp 1.284 giấy phép kiểm dịch thực vật đối với củ giống hoa ly nhập khẩu; phát hiện 17 lô hàng nhiễm tuyến trùng, buộc tái xuất hoặc tiêu hủy theo Thông tư số 33/2014/TT-BNNPTNT.

Trồng hoa ly cho lợi nhuận bình quân 350 triệu đồng/ha/vụ, gấp khoảng 10 lần trồng lúa. Tuy nhiên, chi phí củ giống chiếm tới 60-70% tổng chi phí sản xuất.

Mục tiêu đến năm 2030, các viện, doanh nghiệp trong nước chủ động sản xuất 30-40% nhu cầu củ giống hoa ly; hình thành ít nhất 5 cơ sở nhân giống đạt chuẩn quốc gia.

Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3846.8161
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
M10 = per("10 tháng năm 2023", "2023-01-01", "2023-10-31")
M10S = per("Trong 10 tháng", "2023-01-01", "2023-10-31")
T30 = per("đến năm 2030", None, "2030-12-31")
AREA = "diện tích hoa ly"

FIGS = [
    fig("khoảng 2.300 ha", "2.300", 2300, "measure", "ha", approx="about", percent=7,
        subject="diện tích hoa ly cả nước"),
    fig("Ba địa phương", "Ba", 3, "count", "địa phương", optional=True,
        subject="địa phương có diện tích hoa ly lớn nhất"),
    fig("lần lượt 449 ha", "449", 449, "measure", "ha", subject=AREA, location="Lâm Đồng"),
    fig("190 ha", "190", 190, "measure", "ha", subject=AREA, location="Hà Nội"),
    fig("52 ha", "52", 52, "measure", "ha", subject=AREA, location="Sơn La"),
    fig("khoảng 128 triệu củ", "128", 128000000, "count", "củ", approx="about",
        subject="củ giống hoa ly nhập khẩu", period=Y22),
    fig("hơn 38 triệu USD", "38", 38000000, "money", "USD", approx="over",
        subject="trị giá củ giống hoa ly nhập khẩu", period=Y22),
    fig("trên 80%", "80", 80, "percent", "%", approx="over",
        subject="tỷ trọng củ giống hoa ly nhập từ Hà Lan", period=Y22),
    fig("ước đạt 104,5 triệu củ", "104,5", 104500000, "count", "củ", status="estimate",
        change=chg("increase", 7.8, "%", "cùng kỳ năm 2022"),
        subject="lượng củ giống hoa ly nhập khẩu", period=M10),
    fig("đứng thứ 3", "3", 3, "rank", "hạng",
        subject="nhập khẩu củ giống hoa ly từ Hà Lan tại châu Á"),
    fig("cấp 1.284 giấy phép", "1.284", 1284, "count", "giấy phép",
        subject="giấy phép kiểm dịch thực vật đối với củ giống hoa ly nhập khẩu", period=M10S),
    fig("phát hiện 17 lô hàng", "17", 17, "count", "lô hàng",
        subject="lô hàng củ giống nhiễm tuyến trùng", period=M10S),
    fig("bình quân 350 triệu", "350", 350000000, "money", "đồng/ha/vụ",
        change=chg("increase", 10, "lần", "trồng lúa", approx="about"),
        subject="lợi nhuận trồng hoa ly bình quân"),
    fig("tới 60-70%", "60", 60, "percent", "%", value_max=70,
        subject="tỷ trọng chi phí củ giống trong tổng chi phí sản xuất hoa ly"),
    fig("sản xuất 30-40%", "30", 30, "percent", "%", value_max=40, status="target",
        subject="tỷ lệ nhu cầu củ giống hoa ly sản xuất trong nước", period=T30),
    fig("ít nhất 5 cơ sở", "5", 5, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở nhân giống hoa ly đạt chuẩn quốc gia", period=T30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): national lily area and bulb imports. 'Ngày đăng: 14/11/2023 | Lượt xem: 1.102'; address/phone footer.",
    "National figures: location Việt Nam; the 'lần lượt' list items take their province as location and the list's indicator as subject.",
    "'chiếm gần 7% diện tích hoa' is the share of 2.300 ha (attribute, its 'gần' is not kept). 'trong đó nhập từ Hà Lan chiếm trên 80%' has no base number of its own: a percent figure.",
    "'Ba địa phương có diện tích hoa ly lớn nhất' frames a top-3 list (like 'top 10' in shared gold h05): optional.",
    "Hà Lan, Trung Quốc, Nhật Bản are trade partners, not places of the figures.",
    "'gấp khoảng 10 lần trồng lúa' after 350 triệu đồng/ha/vụ is its change (unit lần, approx about, baseline trồng lúa).",
    "'Trong 10 tháng' takes 2023 from '10 tháng năm 2023' in the paragraph before. 'đến năm 2030' continues over ';' to the second target.",
    "Distractors: 'Thông tư số 33/2014/TT-BNNPTNT', 'Số 2 Ngọc Hà', phone, view counter 1.102, 'gần như phụ thuộc hoàn toàn' (approx cue with no number).",
]

if __name__ == "__main__":
    write("p1241-4", TEXT, NOTES, FIGS, published="2023-11-14", location="Việt Nam")
