"""p1491-4: ministry site (Bộ NN&PTNT, Cục Kinh tế hợp tác và PTNT): national hammock villages, labour, exports."""
from lib import F, period, inherit, change, target, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Phát triển nông thôn

Nghề đan võng: giữ nghề truyền thống, mở rộng thị trường xuất khẩu

15/08/2024 | 10:20 | Cục Kinh tế hợp tác và PTNT

Theo Cục Kinh tế hợp tác và Phát triển nông thôn, cả nước hiện có 17 làng nghề đan, dệt võng được công nhận, tập trung ở Đồng bằng sông Cửu Long và Nam Trung Bộ. Dẫn đầu là An Giang với 3 làng nghề, tiếp đến là Tiền Giang 2 làng nghề và Bình Định 2 làng nghề.

Nghề đan võng thu hút khoảng 21.000 lao động, trong đó hơn 70% là lao động nữ. Thu nhập bình quân đạt 5,2 triệu đồng/người/tháng, cao gấp 1,3 lần thu nhập bình quân của lao động nông thôn.

Kim ngạch xuất khẩu võng và võng xếp năm 2023 đạt khoảng 38,5 triệu USD, tăng 11,3% so với năm 2022. Hoa Kỳ là thị trường lớn nhất với 42% kim ngạch, tiếp đến là Nhật Bản 18% và Hàn Quốc 9%. 7 tháng đầu năm 2024, kim ngạch đạt 24,6 triệu USD, tăng 9,7% so với cùng kỳ.

Tuy vậy, khoảng 65% cơ sở vẫn sản xuất theo quy mô hộ gia đình, thiếu vốn và mặt bằng; nhiều mẫu võng chưa có nhãn hiệu riêng.

Thực hiện Quyết định số 801/QĐ-TTg về Chương trình bảo tồn và phát triển làng nghề Việt Nam giai đoạn 2022-2030, Cục đặt mục tiêu đến năm 2030 kim ngạch xuất khẩu võng đạt 60 triệu USD, ít nhất 80% làng nghề võng có sản phẩm được chứng nhận OCOP.

Tin cùng chuyên mục:
- Hội nghị toàn quốc về phát triển ngành nghề nông thôn lần thứ 2
- Tôn vinh nghệ nhân làng nghề tiêu biểu năm 2024

BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3846.8161
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
M7 = period("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
T30 = period("đến năm 2030", None, "2030-12-31")
LIST = "làng nghề đan, dệt võng được công nhận"
SHARE = "kim ngạch xuất khẩu võng theo thị trường"

FIGS = [
    F("có 17 làng nghề", "17", 17, "count", "làng nghề", subject=LIST),
    F("với 3 làng nghề", "3", 3, "count", "làng nghề", subject=LIST, location="An Giang"),
    F("Tiền Giang 2 làng nghề", "2", 2, "count", "làng nghề", subject=LIST, location="Tiền Giang"),
    F("Bình Định 2 làng nghề", "2", 2, "count", "làng nghề", subject=LIST, location="Bình Định"),
    F("khoảng 21.000 lao động", "21.000", 21000, "count", "lao động", approx="about",
      subject="lao động nghề đan võng"),
    F("hơn 70%", "70", 70, "percent", "%", approx="over", subject="lao động nữ"),
    F("đạt 5,2 triệu", "5,2", 5200000, "money", "đồng/người/tháng",
      change=change("increase", 1.3, "lần", "thu nhập bình quân của lao động nông thôn"),
      subject="thu nhập bình quân"),
    F("khoảng 38,5 triệu", "38,5", 38500000, "money", "USD", approx="about",
      change=change("increase", 11.3, "%", "năm 2022"), subject="kim ngạch xuất khẩu võng và võng xếp", per=Y23),
    F("với 42% kim ngạch", "42", 42, "percent", "%", subject="kim ngạch xuất khẩu võng sang thị trường Hoa Kỳ",
      per=inherit(Y23)),
    F("Nhật Bản 18%", "18", 18, "percent", "%", subject="kim ngạch xuất khẩu võng sang thị trường Nhật Bản",
      per=inherit(Y23)),
    F("Hàn Quốc 9%", "9", 9, "percent", "%", subject="kim ngạch xuất khẩu võng sang thị trường Hàn Quốc",
      per=inherit(Y23)),
    F("đạt 24,6 triệu", "24,6", 24600000, "money", "USD", change=change("increase", 9.7, "%", "cùng kỳ"),
      subject="kim ngạch", per=M7),
    F("khoảng 65% cơ sở", "65", 65, "percent", "%", approx="about",
      subject="cơ sở sản xuất theo quy mô hộ gia đình"),
    F("đạt 60 triệu", "60", 60000000, "money", "USD", status="target", subject="kim ngạch xuất khẩu võng", per=T30),
    F("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
      subject="làng nghề võng có sản phẩm được chứng nhận OCOP", per=T30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '15/08/2024 | 10:20 | Cục Kinh tế hợp tác và PTNT', related links, address footer.",
    "National article: location Việt Nam; the list 'An Giang với 3 ..., Tiền Giang 2 ..., Bình Định 2 ...' shares the indicator",
    "of the national count; each item's province is its location. No cue ('trong đó', 'gồm') ties the list to 17: no total.",
    "Trade partners (Hoa Kỳ, Nhật Bản, Hàn Quốc) are not places: location stays Việt Nam; subject names the market.",
    "'cao gấp 1,3 lần thu nhập bình quân của lao động nông thôn' → change increase 1.3 lần on 5,2 triệu.",
    "'trong đó hơn 70% là lao động nữ' is a percent figure of its own.",
    "Distractors: time 10:20, 'Quyết định số 801/QĐ-TTg', 'giai đoạn 2022-2030', 'lần thứ 2', 'năm 2024' in a link,",
    "'Số 2 Ngọc Hà', phone 024.3846.8161.",
    "'đến năm 2030' target period: start null, end 2030-12-31.",
]

if __name__ == "__main__":
    write("p1491-4", TEXT, NOTES, FIGS, published="2024-08-15", location="Việt Nam")
