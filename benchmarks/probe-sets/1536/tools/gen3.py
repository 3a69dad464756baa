"""p1536-3: ministry site (Bộ Công Thương): national exports of brooms, brushes, paint brushes and rollers, 8 months of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Xuất nhập khẩu

Xuất khẩu chổi, bàn chải và cọ sơn 8 tháng tăng hơn 20%

12/09/2024 | 08:45 | Cục Xuất nhập khẩu

Theo số liệu của Tổng cục Hải quan, 8 tháng đầu năm 2024, kim ngạch xuất khẩu chổi, bàn chải, cọ sơn và con lăn sơn (mã HS 9603) của Việt Nam đạt 412,6 triệu USD, tăng 21,4% so với cùng kỳ năm 2023. Riêng tháng 8/2024 đạt 56,3 triệu USD, tăng 4,2% so với tháng 7.

Hoa Kỳ tiếp tục là thị trường tiêu thụ lớn nhất với 198,5 triệu USD, chiếm 48,1% tổng kim ngạch; tiếp đến là Nhật Bản 61,2 triệu USD, Liên minh châu Âu 47,8 triệu USD và Hàn Quốc 22,4 triệu USD. Xuất khẩu sang Australia tăng mạnh nhất, gấp 2,3 lần cùng kỳ.

Cả nước hiện có khoảng 240 doanh nghiệp sản xuất cọ sơn, con lăn sơn, tập trung chủ yếu tại Bình Dương, Đồng Nai, Long An và Hưng Yên; trong đó có 35 doanh nghiệp FDI. Ngành sử dụng trên 42 nghìn lao động. Giá xuất khẩu bình quân cọ sơn đạt 0,62 USD/chiếc, giảm 3% so với năm 2023 do cạnh tranh từ Trung Quốc và Indonesia.

Cục Xuất nhập khẩu dự báo năm 2024 kim ngạch xuất khẩu nhóm hàng này đạt khoảng 620 triệu USD. Mục tiêu đến năm 2030, tỷ lệ nội địa hóa nguyên liệu (lông, sợi tổng hợp, cán gỗ, đầu kẹp) đạt ít nhất 50%, hiện chưa đến 30%. Doanh nghiệp cần lưu ý quy định về xuất xứ hàng hóa tại Thông tư số 33/2023/TT-BCT.

Địa chỉ: Số 25 Ngô Quyền, quận Hoàn Kiếm, Hà Nội | Điện thoại: 024.22202222
"""

M8 = per("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
M8H = per("8 tháng", "2024-01-01", "2024-08-31")
T8 = per("tháng 8/2024", "2024-08-01", "2024-08-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")
SUBJ = "kim ngạch xuất khẩu chổi, bàn chải, cọ sơn và con lăn sơn sang "

FIGS = [
    fig("tăng hơn 20%", "20", 20, "percent", "%", approx="over",
        subject="xuất khẩu chổi, bàn chải và cọ sơn", period=M8H),
    fig("đạt 412,6 triệu", "412,6", 412.6e6, "money", "USD",
        change=chg("increase", 21.4, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu chổi, bàn chải, cọ sơn và con lăn sơn", period=M8),
    fig("đạt 56,3 triệu", "56,3", 56.3e6, "money", "USD", change=chg("increase", 4.2, "%", "tháng 7"),
        subject="kim ngạch xuất khẩu chổi, bàn chải, cọ sơn và con lăn sơn", period=T8),
    fig("với 198,5 triệu", "198,5", 198.5e6, "money", "USD", percent=48.1,
        subject=SUBJ + "Hoa Kỳ", period=inh(M8)),
    fig("Nhật Bản 61,2 triệu", "61,2", 61.2e6, "money", "USD", subject=SUBJ + "Nhật Bản", period=inh(M8)),
    fig("Âu 47,8 triệu", "47,8", 47.8e6, "money", "USD", subject=SUBJ + "Liên minh châu Âu", period=inh(M8)),
    fig("Hàn Quốc 22,4 triệu", "22,4", 22.4e6, "money", "USD", subject=SUBJ + "Hàn Quốc", period=inh(M8)),
    fig("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần", subject="xuất khẩu sang Australia", period=inh(M8)),
    fig("khoảng 240 doanh nghiệp", "240", 240, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất cọ sơn, con lăn sơn"),
    fig("có 35 doanh nghiệp", "35", 35, "count", "doanh nghiệp", total=240, subject="doanh nghiệp FDI"),
    fig("trên 42 nghìn", "42", 42000, "count", "lao động", approx="over", subject="lao động ngành sử dụng"),
    fig("đạt 0,62 USD", "0,62", 0.62, "money", "USD/chiếc", change=chg("decrease", 3, "%", "năm 2023"),
        subject="giá xuất khẩu bình quân cọ sơn"),
    fig("khoảng 620 triệu", "620", 620e6, "money", "USD", approx="about", status="forecast",
        subject="kim ngạch xuất khẩu nhóm hàng này", period=Y24),
    fig("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ nội địa hóa nguyên liệu", period=TO30),
    fig("chưa đến 30%", "30", 30, "percent", "%", approx="under", subject="tỷ lệ nội địa hóa nguyên liệu"),
]

NOTES = [
    "Ministry site (Bộ Công Thương): exports of HS 9603 goods, 8 months of 2024; '12/09/2024 | 08:45 | Cục Xuất nhập khẩu'.",
    "Distractors: 'mã HS 9603', Thông tư số 33/2023/TT-BCT, 08:45, 'Số 25 Ngô Quyền', phone 024.22202222; 'tháng 7' and 'năm 2023' are baselines.",
    "Market list: each item is a figure with the list's indicator; trade partners go into the subject, location stays Việt Nam. Period from",
    "the first paragraph (inherited). 'gấp 2,3 lần cùng kỳ' stands alone as the claim: kind multiple. 'trong đó có 35' follows '240 doanh nghiệp'.",
    "Headline 'tăng hơn 20%' is a growth rate as the claim (percent, no change), year from the dateline. 'hiện chưa đến 30%' has no period.",
]

if __name__ == "__main__":
    write("p1536-3", TEXT, NOTES, FIGS, published="2024-09-12", location="Việt Nam")
