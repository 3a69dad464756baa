"""p1488-4: ministry site (Bộ Công Thương): national pen and stationery trade, first half of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Công nghiệp

Xuất khẩu bút và văn phòng phẩm 6 tháng đạt 265 triệu USD

02/08/2024 | 09:20 | Cục Công nghiệp

Theo số liệu của Tổng cục Hải quan, 6 tháng đầu năm 2024, kim ngạch xuất khẩu bút các loại và văn phòng phẩm của Việt Nam đạt 265,3 triệu USD, tăng 9,7% so với cùng kỳ năm 2023. Hoa Kỳ tiếp tục là thị trường lớn nhất với 98,4 triệu USD, tiếp đến là Nhật Bản 41,2 triệu USD và Hàn Quốc 22,8 triệu USD. Ở chiều ngược lại, nhập khẩu bút và linh kiện đạt 187 triệu USD, trong đó nhập từ Trung Quốc chiếm gần 70%.

Cả nước hiện có khoảng 250 doanh nghiệp sản xuất bút và đồ dùng học tập, trong đó hơn 40 doanh nghiệp có vốn đầu tư nước ngoài. Doanh nghiệp trong nước chiếm khoảng 65% thị phần bút bi nội địa, nhưng mới đáp ứng được 30-35% nhu cầu ngòi bút và mực, phần còn lại phải nhập khẩu.

Quy mô thị trường văn phòng phẩm nội địa năm 2023 ước khoảng 1,4 tỷ USD, trong đó đồ dùng học tập chiếm trên 50%. Với kim ngạch hiện nay, Việt Nam đứng thứ 5 châu Á về xuất khẩu bút bi.

Theo dự thảo Chiến lược phát triển ngành công nghiệp văn phòng phẩm, mục tiêu đến năm 2030, tỷ lệ nội địa hóa ngòi bút đạt ít nhất 60% và kim ngạch xuất khẩu toàn ngành đạt 1 tỷ USD/năm.

Tin cùng chuyên mục:
- Thông tư số 15/2024/TT-BCT về quản lý hàng hóa nhập khẩu
- Hội nghị giao ban Cục Công nghiệp quý II/2024

BỘ CÔNG THƯƠNG
Địa chỉ: 54 Hai Bà Trưng, quận Hoàn Kiếm, Hà Nội
Điện thoại: 024.22202222
"""

P = "2024-08-02"
H6 = per("6 tháng", "2024-01-01", "2024-06-30")
M6 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
MK = "kim ngạch xuất khẩu bút các loại và văn phòng phẩm"

FIGS = [
    fig("6 tháng đạt 265 triệu", "265", 265e6, "money", "USD", subject="xuất khẩu bút và văn phòng phẩm", period=H6),
    fig("đạt 265,3 triệu", "265,3", 265.3e6, "money", "USD", change=chg("increase", 9.7, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu bút các loại và văn phòng phẩm", period=M6),
    fig("với 98,4 triệu", "98,4", 98.4e6, "money", "USD", subject=MK, period=inh(M6)),
    fig("Nhật Bản 41,2 triệu", "41,2", 41.2e6, "money", "USD", subject=MK, period=inh(M6)),
    fig("Hàn Quốc 22,8 triệu", "22,8", 22.8e6, "money", "USD", subject=MK, period=inh(M6)),
    fig("đạt 187 triệu", "187", 187e6, "money", "USD", subject="nhập khẩu bút và linh kiện", period=inh(M6)),
    fig("chiếm gần 70%", "70", 70, "percent", "%", approx="nearly", subject="nhập từ Trung Quốc", period=inh(M6)),
    fig("khoảng 250 doanh nghiệp", "250", 250, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất bút và đồ dùng học tập"),
    fig("hơn 40 doanh nghiệp", "40", 40, "count", "doanh nghiệp", approx="over", total=250,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("khoảng 65%", "65", 65, "percent", "%", approx="about",
        subject="thị phần bút bi nội địa của doanh nghiệp trong nước"),
    fig("được 30-35%", "30", 30, "percent", "%", value_max=35,
        subject="nhu cầu ngòi bút và mực doanh nghiệp trong nước đáp ứng"),
    fig("khoảng 1,4 tỷ", "1,4", 1.4e9, "money", "USD", approx="about", status="estimate",
        subject="quy mô thị trường văn phòng phẩm nội địa", period=Y23),
    fig("chiếm trên 50%", "50", 50, "percent", "%", approx="over", status="estimate",
        subject="đồ dùng học tập", period=Y23),
    fig("đứng thứ 5", "5", 5, "rank", "hạng", subject="xuất khẩu bút bi"),
    fig("ít nhất 60%", "60", 60, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ nội địa hóa ngòi bút", period=T30),
    fig("đạt 1 tỷ", "1", 1e9, "money", "USD/năm", status="target",
        subject="kim ngạch xuất khẩu toàn ngành", period=T30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '02/08/2024 | 09:20 | Cục Công nghiệp', related links, address footer. National: location Việt Nam.",
    "Headline '6 tháng đạt 265 triệu USD' (rounded) is its own figure; '6 tháng' takes 2024 from published.",
    "Export list by market: every item a figure, subject the list's indicator as stated before the list; trade partners are not places (location Việt Nam); period inherited.",
    "'trong đó nhập từ Trung Quốc chiếm gần 70%': a share of a part, a percent figure of its own (not an attribute of 187 triệu).",
    "'khoảng 250 doanh nghiệp ..., trong đó hơn 40 doanh nghiệp' -> total 250.",
    "'ước khoảng 1,4 tỷ USD' -> about + estimate; 'trong đó ... chiếm trên 50%' continues the clause -> estimate.",
    "Rank 'đứng thứ 5 châu Á' -> rank 5 located in Việt Nam. 'mục tiêu đến năm 2030' -> target, start null, end 2030-12-31.",
    "Distractors: 'Thông tư số 15/2024/TT-BCT', 'quý II/2024' in a link, '54 Hai Bà Trưng', phone, time 09:20.",
]

if __name__ == "__main__":
    write("p1488-4", TEXT, NOTES, FIGS, published=P, location="Việt Nam")
