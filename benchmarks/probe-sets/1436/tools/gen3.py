"""p1436-3: ministry site (Bộ Y tế): national pest-control service providers, treatments, biocide registrations."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ Y TẾ
Cổng Thông tin điện tử Bộ Y tế

Trang chủ > Tin tức > Quản lý môi trường y tế

Cả nước có hơn 2.100 cơ sở cung cấp dịch vụ diệt côn trùng, diệt khuẩn

05/11/2024 | 14:30 | Cục Quản lý môi trường y tế

Theo Cục Quản lý môi trường y tế, tính đến ngày 30/9/2024, cả nước có 2.146 cơ sở đã công bố đủ điều kiện cung cấp dịch vụ diệt côn trùng, diệt khuẩn bằng chế phẩm, tăng 11,3% so với cùng thời điểm năm 2023, trong đó TP Hồ Chí Minh 612 cơ sở, Hà Nội 438 cơ sở, Đà Nẵng 97 cơ sở và Bình Dương 85 cơ sở.

Năm 2023, các cơ sở này thực hiện khoảng 1,8 triệu lượt xử lý côn trùng tại hộ gia đình, cơ quan, nhà hàng; trong đó xử lý mối chiếm 34%, gián 27%, muỗi 21%, còn lại là chuột, kiến và bọ chét.

Cả nước hiện có 1.247 chế phẩm diệt côn trùng, diệt khuẩn dùng trong gia dụng và y tế được cấp số đăng ký lưu hành, trong đó 68% là chế phẩm nhập khẩu. Từ đầu năm, thanh tra Bộ Y tế và các Sở Y tế đã kiểm tra 356 cơ sở, xử phạt 41 cơ sở với tổng số tiền gần 1,2 tỷ đồng; thu hồi 3 số đăng ký lưu hành.

Bộ Y tế đang hoàn thiện dự thảo Nghị định thay thế Nghị định số 91/2016/NĐ-CP về quản lý hóa chất, chế phẩm diệt côn trùng, diệt khuẩn dùng trong gia dụng và y tế. Mục tiêu đến năm 2030, ít nhất 90% cơ sở dịch vụ áp dụng quy trình quản lý côn trùng tổng hợp (IPM), 100% kỹ thuật viên được tập huấn an toàn hóa chất.

Tin cùng chuyên mục:
- Hội nghị tập huấn quản lý chất thải y tế khu vực phía Nam năm 2024
- Bộ Y tế ban hành Thông tư số 12/2024/TT-BYT

Bản quyền thuộc Bộ Y tế. Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội.
"""

ASOF = per("tính đến ngày 30/9/2024", None, "2024-09-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
YTD = per("Từ đầu năm", "2024-01-01", "2024-11-05")
T30 = per("đến năm 2030", None, "2030-12-31")
SUBJ = "cơ sở đã công bố đủ điều kiện cung cấp dịch vụ diệt côn trùng, diệt khuẩn bằng chế phẩm"

FIGS = [
    fig("hơn 2.100 cơ sở", "2.100", 2100, "count", "cơ sở", approx="over",
        subject="cơ sở cung cấp dịch vụ diệt côn trùng, diệt khuẩn"),
    fig("có 2.146 cơ sở", "2.146", 2146, "count", "cơ sở",
        change=chg("increase", 11.3, "%", "cùng thời điểm năm 2023"), subject=SUBJ, period=ASOF),
    fig("Minh 612 cơ sở", "612", 612, "count", "cơ sở", total=2146, subject=SUBJ, period=ASOF,
        location="TP Hồ Chí Minh"),
    fig("Nội 438 cơ sở", "438", 438, "count", "cơ sở", total=2146, subject=SUBJ, period=ASOF,
        location="Hà Nội"),
    fig("Nẵng 97 cơ sở", "97", 97, "count", "cơ sở", total=2146, subject=SUBJ, period=ASOF,
        location="Đà Nẵng"),
    fig("Dương 85 cơ sở", "85", 85, "count", "cơ sở", total=2146, subject=SUBJ, period=ASOF,
        location="Bình Dương"),
    fig("khoảng 1,8 triệu", "1,8", 1.8e6, "count", "lượt", approx="about",
        subject="lượt xử lý côn trùng tại hộ gia đình, cơ quan, nhà hàng", period=Y23),
    fig("chiếm 34%", "34", 34, "percent", "%", subject="tỷ lệ xử lý mối", period=Y23),
    fig("gián 27%", "27", 27, "percent", "%", subject="tỷ lệ xử lý gián", period=Y23),
    fig("muỗi 21%", "21", 21, "percent", "%", subject="tỷ lệ xử lý muỗi", period=Y23),
    fig("có 1.247 chế phẩm", "1.247", 1247, "count", "chế phẩm",
        subject="chế phẩm diệt côn trùng, diệt khuẩn dùng trong gia dụng và y tế được cấp số đăng ký lưu hành"),
    fig("trong đó 68%", "68", 68, "percent", "%", subject="tỷ lệ chế phẩm nhập khẩu"),
    fig("kiểm tra 356 cơ sở", "356", 356, "count", "cơ sở",
        subject="cơ sở thanh tra Bộ Y tế và các Sở Y tế kiểm tra", period=YTD),
    fig("xử phạt 41 cơ sở", "41", 41, "count", "cơ sở", subject="cơ sở bị xử phạt", period=YTD),
    fig("gần 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="nearly",
        subject="tổng số tiền xử phạt", period=YTD),
    fig("thu hồi 3 số", "3", 3, "count", "số đăng ký lưu hành",
        subject="số đăng ký lưu hành bị thu hồi", period=YTD),
    fig("ít nhất 90%", "90", 90, "percent", "%", approx="at_least", status="target",
        subject="cơ sở dịch vụ áp dụng quy trình quản lý côn trùng tổng hợp (IPM)", period=T30),
    fig("100% kỹ thuật viên", "100", 100, "percent", "%", status="target",
        subject="kỹ thuật viên được tập huấn an toàn hóa chất", period=T30),
]

NOTES = [
    "Ministry site (Bộ Y tế): national pest-control service providers; '05/11/2024 | 14:30 | Cục Quản lý môi trường y tế'.",
    "Distractors: 14:30, Nghị định số 91/2016/NĐ-CP, Thông tư số 12/2024/TT-BYT, 'năm 2024' in a link, '138A Giảng Võ'.",
    "National figures: location Việt Nam (default). The 'trong đó' list of cities: total 2.146, location each city, same as-of date.",
    "'trong đó xử lý mối chiếm 34%, gián 27%, muỗi 21%': percent figures of their own (shares of the 1,8 triệu lượt), period 2023.",
    "'trong đó 68% là chế phẩm nhập khẩu' is a percent figure of its own. 'hiện' figures get no period.",
    "'Từ đầu năm' (no 'đến nay') ends at the dateline 2024-11-05. 'Mục tiêu đến năm 2030' governs both targets (start null).",
    "'kiểm tra 356 cơ sở, xử phạt 41 cơ sở': no part-of-whole cue, no total.",
]

if __name__ == "__main__":
    write("p1436-3", TEXT, NOTES, FIGS, published="2024-11-05", location="Việt Nam")
